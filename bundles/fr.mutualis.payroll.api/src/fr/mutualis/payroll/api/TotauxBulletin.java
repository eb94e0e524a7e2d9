package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Totals of a payslip, each the sum of rounded lines.
 *
 * @param brut                   gross pay: gains minus deductions
 * @param cotisationsSalariales  all employee contributions (CSG and CRDS included)
 * @param netAvantImpot          gross minus employee contributions
 * @param netImposable           net before tax plus CSG non déductible and CRDS
 * @param prelevementALaSource   income tax withheld
 * @param netAPayer              net before tax minus the prélèvement à la source
 * @param chargesPatronales      all employer contributions
 * @param coutEmployeur          gross plus employer contributions
 */
public record TotauxBulletin(BigDecimal brut, BigDecimal cotisationsSalariales, BigDecimal netAvantImpot,
        BigDecimal netImposable, BigDecimal prelevementALaSource, BigDecimal netAPayer, BigDecimal chargesPatronales,
        BigDecimal coutEmployeur) implements Serializable {

    public TotauxBulletin {
        brut = Montants.centimes("le brut", brut);
        cotisationsSalariales = Montants.centimes("les cotisations salariales", cotisationsSalariales);
        netAvantImpot = Montants.centimes("le net avant impôt", netAvantImpot);
        netImposable = Montants.centimes("le net imposable", netImposable);
        prelevementALaSource = Montants.centimes("le prélèvement à la source", prelevementALaSource);
        netAPayer = Montants.centimes("le net à payer", netAPayer);
        chargesPatronales = Montants.centimes("les charges patronales", chargesPatronales);
        coutEmployeur = Montants.centimes("le coût employeur", coutEmployeur);
    }

    /** Totals of the given lines. */
    public static TotauxBulletin calculer(List<LigneBulletin> lignes) {
        BigDecimal gains = salarial(lignes, NatureLigne.GAIN);
        BigDecimal deductions = salarial(lignes, NatureLigne.DEDUCTION);
        BigDecimal nonDeductibles = salarial(lignes, NatureLigne.CONTRIBUTION_NON_DEDUCTIBLE);
        BigDecimal cotisations = salarial(lignes, NatureLigne.COTISATION).add(nonDeductibles);
        BigDecimal impot = salarial(lignes, NatureLigne.IMPOT);
        BigDecimal patronal = lignes.stream().map(LigneBulletin::montantPatronal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal brut = gains.subtract(deductions);
        BigDecimal netAvantImpot = brut.subtract(cotisations);
        return new TotauxBulletin(brut, cotisations, netAvantImpot, netAvantImpot.add(nonDeductibles), impot,
                netAvantImpot.subtract(impot), patronal, brut.add(patronal));
    }

    private static BigDecimal salarial(List<LigneBulletin> lignes, NatureLigne nature) {
        return lignes.stream().filter(ligne -> ligne.nature() == nature).map(LigneBulletin::montantSalarial)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
