package fr.mutualis.budget.server.regles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Every check a new mandat or titre must pass before it is numbered and put on a bordereau: imputations, forecast-only
 * chapters, journée complémentaire, tiers identifiers, then available credits. An annulation or a réduction must also
 * pass {@link ControleAnnulation}, which needs the original pièce.
 */
public final class ControleEmissionPiece {

    private ControleEmissionPiece() {
    }

    /**
     * All refusals, in French; empty when the pièce can be issued.
     *
     * @param finJourneeComplementaire last day of the journée complémentaire of the pièce's exercice
     */
    public static List<String> verifier(Piece piece, PlanDeComptes plan, SituationCredits situation,
            LocalDate dateEmission, LocalDate finJourneeComplementaire) {
        List<String> refus = new ArrayList<>();
        piece.lignes().stream().map(LignePiece::imputation).distinct()
                .forEach(imputation -> refus.addAll(ControleImputation.verifier(imputation, piece.sens(), plan)));
        refus.addAll(ControleChapitresPrevision.verifier(piece));
        refus.addAll(ControleJourneeComplementaire.verifier(piece, dateEmission, finJourneeComplementaire));
        refus.addAll(ControleTiers.verifier(piece.tiers()));
        refus.addAll(ControleCredits.verifier(piece, situation));
        return refus;
    }

    /** Throws the refusals, if any, so that nothing is written. */
    public static void exiger(Piece piece, PlanDeComptes plan, SituationCredits situation, LocalDate dateEmission,
            LocalDate finJourneeComplementaire) {
        List<String> refus = verifier(piece, plan, situation, dateEmission, finJourneeComplementaire);
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
    }
}
