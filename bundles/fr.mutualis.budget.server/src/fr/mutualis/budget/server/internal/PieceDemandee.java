package fr.mutualis.budget.server.internal;

import java.time.LocalDate;
import java.util.List;

import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.PieceJustificative;
import fr.mutualis.budget.server.internal.entity.EngagementEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;

/**
 * A pièce to issue, before it has a number.
 *
 * @param origine    number of the pièce an annulation or réduction corrects, or null
 * @param engagement the engagement a mandat consumes, or null
 * @param contexte   prefix of the refusals when several pièces are issued together ("Mandat 2 du lot"), or null
 * @param creanciers the répertoire entry of each line's own creditor ({@link LignePiece#creancier()}), an element
 *                   null for a line paid to the pièce's tiers; or null when no line has one
 */
record PieceDemandee(LocalDate date, String objet, TiersEntity tiers, List<LignePiece> lignes,
        List<PieceJustificative> piecesJustificatives, String modeReglement, NaturePiece nature, Integer origine,
        EngagementEntity engagement, String contexte, List<TiersEntity> creanciers) {

    /** A pièce whose lines are all paid to its tiers. */
    PieceDemandee(LocalDate date, String objet, TiersEntity tiers, List<LignePiece> lignes,
            List<PieceJustificative> piecesJustificatives, String modeReglement, NaturePiece nature, Integer origine,
            EngagementEntity engagement, String contexte) {
        this(date, objet, tiers, lignes, piecesJustificatives, modeReglement, nature, origine, engagement, contexte,
                null);
    }
}
