package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * What the earlier months of the same civil year gave the RAFP, whose base is capped at 20 % of the TIB over the year
 * (décret 2004-569 art. 2: the cap applies to the annual total, cumulated month by month, so a month under the
 * cap makes room for a later month above it).
 *
 * @param remunerationsAccessoires sum over the earlier months of (gross - TIB - NBI actually paid): the
 *                                 remuneration the RAFP may take
 * @param traitement               sum over the earlier months of the TIB actually paid
 * @param assietteRetenue          sum of the RAFP bases already declared over the earlier months
 */
public record CumulRafp(BigDecimal remunerationsAccessoires, BigDecimal traitement, BigDecimal assietteRetenue) {

    /** January, or no earlier payslip this year. */
    public static final CumulRafp AUCUN = new CumulRafp(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2));

    public CumulRafp {
        if (remunerationsAccessoires == null || traitement == null || assietteRetenue == null) {
            throw new DonneeInvalideException("Cumul RAFP incomplet.");
        }
    }

    /** This cumul followed by another month's. */
    public CumulRafp plus(CumulRafp mois) {
        return new CumulRafp(remunerationsAccessoires.add(mois.remunerationsAccessoires()),
                traitement.add(mois.traitement()), assietteRetenue.add(mois.assietteRetenue()));
    }
}
