package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * A computed monthly payslip: its lines in printing order and their totals.
 *
 * @param mois   month paid
 * @param regime pension scheme the payslip was computed under
 * @param lignes lines, in printing order
 * @param totaux totals; they must be those of {@code lignes}
 */
public record Bulletin(YearMonth mois, RegimeRetraite regime, List<LigneBulletin> lignes, TotauxBulletin totaux)
        implements Serializable {

    public Bulletin {
        if (mois == null || regime == null || lignes == null || totaux == null) {
            throw new DonneeInvalideException("Bulletin incomplet : mois, régime, lignes et totaux sont requis.");
        }
        lignes = List.copyOf(lignes);
        if (!totaux.equals(TotauxBulletin.calculer(lignes))) {
            throw new DonneeInvalideException("Bulletin de " + mois + " incohérent : ses totaux ne sont pas la somme "
                    + "de ses lignes.");
        }
    }

    /** The first line with that code, if any. */
    public Optional<LigneBulletin> ligne(String code) {
        return lignes.stream().filter(ligne -> ligne.code().equals(code)).findFirst();
    }
}
