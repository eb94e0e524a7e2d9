package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The payroll of one month for one collectivity.
 *
 * @param mois              month paid
 * @param etat              not run, draft or validated
 * @param nombreBulletins   payslips of the month
 * @param brut              total gross pay
 * @param netAPayer         total net paid to agents
 * @param coutEmployeur     total cost (gross plus employer contributions)
 * @param calculeLe         when the payslips were computed, or null
 * @param valideeLe         when the month was validated, or null
 * @param valideePar        login of the ordonnateur who validated it, or null
 * @param comptabilisation  what the validation issued in the budget module (French sentence), or null
 */
public record PaieMois(YearMonth mois, EtatPaie etat, int nombreBulletins, BigDecimal brut, BigDecimal netAPayer,
        BigDecimal coutEmployeur, LocalDateTime calculeLe, LocalDateTime valideeLe, String valideePar,
        String comptabilisation) implements Serializable {

    public PaieMois {
        Objects.requireNonNull(mois, "mois");
        Objects.requireNonNull(etat, "etat");
    }

    /** A month whose payroll was never run. */
    public static PaieMois nonCalculee(YearMonth mois) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new PaieMois(mois, EtatPaie.NON_CALCULEE, 0, zero, zero, zero, null, null, null, null);
    }
}
