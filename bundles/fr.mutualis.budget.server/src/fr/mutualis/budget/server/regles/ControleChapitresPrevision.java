package fr.mutualis.budget.server.regles;

import java.util.List;

import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;

/**
 * Chapters 020, 021, 022, 023 and 024 (and the carried-forward results 001 and 002) carry forecasts only: no mandat,
 * titre or engagement can ever be charged to them.
 */
public final class ControleChapitresPrevision {

    private ControleChapitresPrevision() {
    }

    public static List<String> verifier(Piece piece) {
        return piece.lignes().stream().map(LignePiece::imputation).map(i -> i.chapitre()).distinct()
                .filter(Chapitre::estPrevisionSeulement).map(chapitre -> message(chapitre, piece.designation())).toList();
    }

    public static List<String> verifier(Engagement engagement) {
        String chapitre = engagement.imputation().chapitre();
        return Chapitre.estPrevisionSeulement(chapitre)
                ? List.of(message(chapitre, "engagement n° " + engagement.numero() + "/" + engagement.exercice()))
                : List.of();
    }

    private static String message(String chapitre, String designation) {
        return "Le chapitre " + chapitre + " ne porte que des prévisions : aucun mandat, titre ou engagement ne peut y "
                + "être imputé (" + designation + ").";
    }
}
