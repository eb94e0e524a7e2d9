package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One payslip line summed over the month.
 *
 * @param nombre bulletins that carry the line
 * @param base   sum of the bases, or null for pay elements
 */
public record TotalLigneJournal(String code, String libelle, NatureLigne nature, int nombre, BigDecimal base,
        BigDecimal montantSalarial, BigDecimal montantPatronal) implements Serializable {
}
