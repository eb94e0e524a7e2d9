package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

/**
 * The pay elements the contributions are assessed on, once the gains are on the payslip.
 *
 * @param traitement         traitement indiciaire brut (TIB) actually paid: prorated, less what absences deducted
 * @param nbi                NBI amount actually paid, prorated, less what absences deducted (0.00 when none)
 * @param supplementFamilial SFT amount (0.00 when none)
 * @param brut               gross pay
 */
record Remuneration(BigDecimal traitement, BigDecimal nbi, BigDecimal supplementFamilial, BigDecimal brut) {

    /** TIB + NBI: base of the CNRACL and of the special-scheme URSSAF contributions. */
    BigDecimal traitementEtNbi() {
        return traitement.add(nbi);
    }
}
