package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One pièce of the register of mandats (or titres) of a budget and exercice.
 *
 * @param origine       the number of the pièce an annulation or réduction corrects, or null
 * @param imputations   the imputations of its lines, e.g. "011 / 60632 / 020"
 * @param engagement    the engagement it consumes, or null
 * @param bordereau     the number of the sent bordereau it is on, or null
 * @param enPreparation true while it is on a bordereau in preparation
 */
public record LigneRegistre(Sens sens, int exercice, int numero, LocalDate date, NaturePiece nature, Integer origine,
        String objet, String tiers, String imputations, BigDecimal montant, Integer engagement, Integer bordereau,
        boolean enPreparation) implements Serializable {

    public LigneRegistre {
        Erreurs e = new Erreurs("Registre");
        e.nonNul(sens, "Sens");
        e.nonNul(date, "Date");
        e.nonNul(nature, "Nature");
        montant = e.montantPositif(montant, "Montant");
        e.lever();
    }

    /** True when the pièce is on no bordereau yet (neither sent nor in preparation). */
    public boolean libre() {
        return bordereau == null && !enPreparation;
    }
}
