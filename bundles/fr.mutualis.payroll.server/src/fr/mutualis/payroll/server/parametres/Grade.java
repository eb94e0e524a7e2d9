package fr.mutualis.payroll.server.parametres;

import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * A grade of a territorial cadre d'emplois, paid on a grid (its own, or an échelle shared by several grades such as
 * the C1 to C3 échelles of décret 2016-604).
 *
 * @param code       code entered on the agent's record (capitals, e.g. "ADJ-ADM-P2")
 * @param libelle    the grade's name, as on the payslip
 * @param categorie  A, B or C
 * @param filiere    administrative, technique, sociale, culturelle, animation...
 * @param codeGrille code of the grid the grade is paid on
 * @param sources    the statut particulier and the texts that attach the grade to its grid
 */
public record Grade(String code, String libelle, String categorie, String filiere, String codeGrille,
        List<String> sources) {

    public Grade {
        if (code == null || code.isBlank() || !code.equals(code.strip().toUpperCase()) || libelle == null
                || libelle.isBlank() || categorie == null || !List.of("A", "B", "C").contains(categorie)
                || filiere == null || filiere.isBlank() || codeGrille == null || codeGrille.isBlank()) {
            throw new DonneeInvalideException("grade incomplet : code (en capitales), libellé, catégorie (A, B ou C), "
                    + "filière et grille sont requis");
        }
        if (sources == null || sources.isEmpty()) {
            throw new DonneeInvalideException("grade " + code + " sans source : tout rattachement doit être sourcé");
        }
        sources = List.copyOf(sources);
    }
}
