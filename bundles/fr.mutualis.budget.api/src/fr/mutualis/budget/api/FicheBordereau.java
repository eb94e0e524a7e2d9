package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A bordereau of a budget: in preparation (no number yet) or sent (numbered, locked).
 *
 * @param id             identifier to act on it
 * @param numero         its number in the budget's sequence of the exercice, direction and type; null in preparation
 * @param cumulAnterieur total of the earlier sent bordereaux of the same sequence (PES {@code MtCumulAnnuel} is this
 *                       plus {@link #montant()})
 * @param pieces         numbers of its pièces
 * @param envoyeLe       when it was sent, or null
 */
public record FicheBordereau(long id, String budget, Sens sens, int exercice, TypeBordereau type, Integer numero,
        LocalDate date, StatutBordereau statut, int nombrePieces, BigDecimal montant, BigDecimal cumulAnterieur,
        List<Integer> pieces, LocalDateTime envoyeLe) implements Serializable {

    public FicheBordereau {
        Erreurs e = new Erreurs("Fiche bordereau " + id);
        e.nonNul(sens, "Sens");
        e.nonNul(type, "Type");
        e.nonNul(statut, "Statut");
        e.nonNul(date, "Date");
        pieces = e.liste(pieces, "Pièces");
        montant = e.montantNonNegatif(montant, "Montant");
        cumulAnterieur = e.montantNonNegatif(cumulAnterieur, "Cumul antérieur");
        e.lever();
    }

    /** "Bordereau n° 3 de mandats" or "Bordereau de mandats en préparation". */
    public String libelle() {
        return "Bordereau " + (numero == null ? "de " + sens.piece() + "s en préparation"
                : "n° " + numero + " de " + sens.piece() + "s") + (type == TypeBordereau.ANNULATION_REDUCTION
                        ? " (annulations et réductions)" : "");
    }
}
