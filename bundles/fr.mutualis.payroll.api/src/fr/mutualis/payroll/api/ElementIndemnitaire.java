package fr.mutualis.payroll.api;

import java.io.Serializable;
import java.math.BigDecimal;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One line of the agent's régime indemnitaire for the month (IFSE, CIA or another prime).
 *
 * @param nature         IFSE, CIA or other prime
 * @param libelle        French label printed on the payslip
 * @param montantMensuel amount due for this month, already set by the council's deliberation (the engine does not
 *                       prorate it), in euros, at most two decimals
 */
public record ElementIndemnitaire(NatureElement nature, String libelle, BigDecimal montantMensuel)
        implements Serializable {

    public ElementIndemnitaire {
        if (nature == null) {
            throw new DonneeInvalideException("Nature de l'élément indemnitaire manquante (IFSE, CIA ou autre).");
        }
        if (libelle == null || libelle.isBlank()) {
            throw new DonneeInvalideException("Libellé de l'élément indemnitaire manquant.");
        }
        montantMensuel = Montants.montant("l'élément indemnitaire « " + libelle + " »", montantMensuel);
    }
}
