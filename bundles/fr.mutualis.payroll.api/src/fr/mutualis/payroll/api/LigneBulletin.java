package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One line of a payslip. Amounts are positive, rounded to the cent; {@link #nature()} says how they count.
 *
 * @param code            stable code of the line (e.g. {@code TIB}, {@code CNRACL}, {@code CSG_DEDUCTIBLE})
 * @param libelle         French label printed on the payslip
 * @param nature          gain, deduction, contribution or tax
 * @param base            assiette of the contribution, or null for a pay element
 * @param tauxSalarial    employee rate in percent, or null when the line has no employee part
 * @param montantSalarial employee amount (gain, deduction or employee contribution), 0.00 when none
 * @param tauxPatronal    employer rate in percent, or null when the line has no employer part
 * @param montantPatronal employer amount, 0.00 when none
 */
public record LigneBulletin(String code, String libelle, NatureLigne nature, BigDecimal base, BigDecimal tauxSalarial,
        BigDecimal montantSalarial, BigDecimal tauxPatronal, BigDecimal montantPatronal) implements Serializable {

    public LigneBulletin {
        if (code == null || code.isBlank() || libelle == null || libelle.isBlank() || nature == null) {
            throw new DonneeInvalideException("Ligne de bulletin incomplète : code, libellé et nature sont requis.");
        }
        String quoi = "la ligne « " + libelle + " »";
        base = base == null ? null : Montants.montant(quoi, base);
        tauxSalarial = Montants.tauxOptionnel(quoi, tauxSalarial);
        tauxPatronal = Montants.tauxOptionnel(quoi, tauxPatronal);
        montantSalarial = Montants.montant(quoi, montantSalarial);
        montantPatronal = Montants.montant(quoi, montantPatronal);
    }
}
