package fr.mutualis.budget.server.regles;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/**
 * Credit control at the level of vote (chapter): a mandat or titre may not exceed the credits still available, nor an
 * engagement the credits not yet engaged; the refusal names the chapter, credits opened, consumed and the shortfall.
 */
public final class ControleCredits {

    private ControleCredits() {
    }

    /**
     * Annulations and réductions free credits and pass; forecast-only chapters are left to
     * {@link ControleChapitresPrevision}.
     *
     * @param situation credits and execution before this pièce (the pièce itself must not be counted in it)
     */
    public static List<String> verifier(Piece piece, SituationCredits situation) {
        if (piece.nature().corrective()) {
            return List.of();
        }
        Map<String, BigDecimal> parChapitre = new LinkedHashMap<>();
        for (LignePiece ligne : piece.lignes()) {
            parChapitre.merge(ligne.imputation().chapitre(), ligne.montant(), BigDecimal::add);
        }
        List<String> refus = new ArrayList<>();
        parChapitre.forEach((chapitre, montant) -> {
            if (!Chapitre.estPrevisionSeulement(chapitre)) {
                BigDecimal ouverts = situation.creditsOuverts(piece.section(), piece.sens(), chapitre);
                BigDecimal deja = situation.realise(piece.section(), piece.sens(), chapitre);
                refuserSiInsuffisant(refus, chapitre, piece.section(), piece.sens(), "le " + piece.designation(), ouverts,
                        "déjà " + piece.sens().realise(), deja, montant);
            }
        });
        return refus;
    }

    /** @param situation credits and engagements before this engagement */
    public static List<String> verifier(Engagement engagement, SituationCredits situation) {
        String chapitre = engagement.imputation().chapitre();
        Section section = engagement.imputation().section();
        if (Chapitre.estPrevisionSeulement(chapitre)) {
            return List.of();
        }
        List<String> refus = new ArrayList<>();
        refuserSiInsuffisant(refus, chapitre, section, Sens.DEPENSE,
                "l'engagement n° " + engagement.numero() + "/" + engagement.exercice(),
                situation.creditsOuverts(section, Sens.DEPENSE, chapitre), "déjà engagé",
                situation.engage(section, Sens.DEPENSE, chapitre), engagement.montant());
        return refus;
    }

    private static void refuserSiInsuffisant(List<String> refus, String chapitre, Section section, Sens sens,
            String designation, BigDecimal ouverts, String libelleConsomme, BigDecimal consomme, BigDecimal demande) {
        BigDecimal manque = demande.subtract(ouverts.subtract(consomme));
        if (manque.signum() > 0) {
            refus.add("Crédits insuffisants au chapitre " + chapitre + " (" + sens.libelle() + "s " + section.complement()
                    + ") pour " + designation + " : crédits ouverts " + euros(ouverts) + ", " + libelleConsomme + " "
                    + euros(consomme) + ", montant demandé " + euros(demande) + ", manque " + euros(manque) + ".");
        }
    }
}
