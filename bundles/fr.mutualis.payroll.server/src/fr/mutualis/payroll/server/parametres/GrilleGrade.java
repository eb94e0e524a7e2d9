package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;
import java.util.Optional;
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
        if (echelons.get(0).numero() != 1) {
            throw new DonneeInvalideException("grille " + code + " : le premier échelon doit être l'échelon 1");
        }
        for (int i = 1; i < echelons.size(); i++) {
            Echelon avant = echelons.get(i - 1);
            Echelon echelon = echelons.get(i);
            if (echelon.numero() != avant.numero() + 1 || echelon.indiceMajore() < avant.indiceMajore()) {
                throw new DonneeInvalideException("grille " + code + " : les échelons doivent se suivre et leurs "
                        + "indices ne pas décroître (échelon " + echelon.numero() + ")");
            }
            if (avant.indiceBrut() > 0 && echelon.indiceBrut() > 0 && echelon.indiceBrut() <= avant.indiceBrut()) {
                throw new DonneeInvalideException("grille " + code + " : les indices bruts doivent croître (échelon "
                        + echelon.numero() + " : " + echelon.indiceBrut() + " après " + avant.indiceBrut() + ")");
            }
        }
        echelons = List.copyOf(echelons);
        sources = List.copyOf(sources);
    }

    /** The échelon {@code numero}, if the grid has it. */
    public Optional<Echelon> echelon(int numero) {
        return echelons.stream().filter(echelon -> echelon.numero() == numero).findFirst();
    }

    public int indiceMinimal() {
        return echelons.get(0).indiceMajore();
    }

    public int indiceMaximal() {
        return echelons.get(echelons.size() - 1).indiceMajore();
    }
}
