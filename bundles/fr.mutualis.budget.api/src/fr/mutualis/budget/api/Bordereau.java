package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A numbered list of mandats (or titres) that the ordonnateur signs and sends to the comptable. Type 01 carries
 * ordinary pièces only, type 02 annulations and réductions only.
 *
 * @param cumulAnterieur total of the earlier bordereaux of the same exercice, direction and type; the PES
 *                       {@code MtCumulAnnuel} is this plus {@link #montantTotal()}
 */
public record Bordereau(Sens sens, int exercice, int numero, LocalDate date, TypeBordereau type,
        List<? extends Piece> pieces, BigDecimal cumulAnterieur) implements Serializable {

    public Bordereau {
        Erreurs e = new Erreurs("Bordereau n° " + numero + "/" + exercice);
        e.nonNul(sens, "Sens");
        e.exercice(exercice);
        e.exiger(numero >= 1, "numéro invalide : " + numero + ".");
        e.nonNul(date, "Date");
        e.nonNul(type, "Type");
        pieces = e.liste(pieces, "Pièces");
        cumulAnterieur = e.montantNonNegatif(cumulAnterieur, "Cumul antérieur");
        if (pieces != null && sens != null && type != null) {
            e.exiger(!pieces.isEmpty(), "un bordereau porte au moins une pièce.");
            Set<Integer> numeros = new HashSet<>();
            for (Piece piece : pieces) {
                e.exiger(piece.sens() == sens, "le " + piece.designation() + " n'est pas une pièce de " + sens.libelle() + ".");
                e.exiger(piece.exercice() == exercice, "le " + piece.designation() + " n'est pas de l'exercice " + exercice + ".");
                e.exiger(numeros.add(piece.numero()), "le " + piece.designation() + " figure deux fois.");
                e.exiger(piece.nature().corrective() == (type == TypeBordereau.ANNULATION_REDUCTION),
                        "le " + piece.designation() + " (" + piece.nature().libelle() + ") ne peut pas aller sur un bordereau de type "
                                + type.code() + ".");
            }
        }
        e.lever();
    }

    /** Sum of the pièces (PES {@code MtBordHT}). */
    public BigDecimal montantTotal() {
        return pieces.stream().map(Piece::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Number of pièces (PES {@code NbrPce}). */
    public int nombrePieces() {
        return pieces.size();
    }

    /** Cumulated amount of the year including this bordereau (PES {@code MtCumulAnnuel}). */
    public BigDecimal montantCumulAnnuel() {
        return cumulAnterieur.add(montantTotal());
    }
}
