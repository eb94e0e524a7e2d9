package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;
import java.util.List;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * The indiciaire grid of a grade (or échelle) in force from a date of effect.
 *
 * @param code      grid code, e.g. "C1"
 * @param libelle   French label, with the grades that use the grid
 * @param dateEffet first day the grid applies
 * @param echelons  échelons in increasing order
 * @param sources   where the values were taken from (legal text, published grids)
 */
public record GrilleGrade(String code, String libelle, LocalDate dateEffet, List<Echelon> echelons,
        List<String> sources) {

    public GrilleGrade {
        if (code == null || code.isBlank() || libelle == null || dateEffet == null || echelons == null
                || echelons.isEmpty()) {
            throw new DonneeInvalideException("grille incomplète : code, libellé, date d'effet et échelons sont "
                    + "requis");
        }
        if (sources == null || sources.isEmpty()) {
            throw new DonneeInvalideException("grille " + code + " sans source : toute valeur doit être sourcée");
        }
        for (int i = 1; i < echelons.size(); i++) {
            if (echelons.get(i).numero() != echelons.get(i - 1).numero() + 1
                    || echelons.get(i).indiceMajore() < echelons.get(i - 1).indiceMajore()) {
                throw new DonneeInvalideException("grille " + code + " : les échelons doivent se suivre et leurs "
                        + "indices ne pas décroître (échelon " + echelons.get(i).numero() + ")");
            }
        }
        echelons = List.copyOf(echelons);
        sources = List.copyOf(sources);
    }

    public int indiceMinimal() {
        return echelons.get(0).indiceMajore();
    }

    public int indiceMaximal() {
        return echelons.get(echelons.size() - 1).indiceMajore();
    }
}
