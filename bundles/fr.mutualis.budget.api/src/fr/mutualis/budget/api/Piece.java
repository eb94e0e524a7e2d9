package fr.mutualis.budget.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What mandats and titres have in common: a numbered pièce of one exercice, with lines charged to one section. */
public sealed interface Piece extends Serializable permits Mandat, Titre {

    /** Dépense for a mandat, recette for a titre. */
    Sens sens();

    int exercice();

    int numero();

    LocalDate date();

    String objet();

    Tiers tiers();

    List<LignePiece> lignes();

    List<PieceJustificative> piecesJustificatives();

    NaturePiece nature();

    /** The pièce an annulation or réduction corrects; null for an ordinary pièce. */
    ReferencePiece origine();

    default ReferencePiece reference() {
        return new ReferencePiece(exercice(), numero());
    }

    /** Sum of the lines. */
    default BigDecimal montant() {
        return lignes().stream().map(LignePiece::montant).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** All lines of a pièce belong to one section. */
    default Section section() {
        return lignes().get(0).imputation().section();
    }

    /** "mandat n° 12/2024" or "titre n° 3/2024", for messages. */
    default String designation() {
        return sens().piece() + " n° " + reference();
    }
}
