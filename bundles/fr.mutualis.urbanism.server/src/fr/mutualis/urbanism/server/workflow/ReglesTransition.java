package fr.mutualis.urbanism.server.workflow;

import static fr.mutualis.urbanism.api.EtatDossier.ACCORD;
import static fr.mutualis.urbanism.api.EtatDossier.ACCORD_AVEC_PRESCRIPTIONS;
import static fr.mutualis.urbanism.api.EtatDossier.DECISION_TACITE_DEFAVORABLE;
import static fr.mutualis.urbanism.api.EtatDossier.DECISION_TACITE_FAVORABLE;
import static fr.mutualis.urbanism.api.EtatDossier.DEPOSE;
import static fr.mutualis.urbanism.api.EtatDossier.EN_INSTRUCTION;
import static fr.mutualis.urbanism.api.EtatDossier.INCOMPLET;
import static fr.mutualis.urbanism.api.EtatDossier.MAJORE;
import static fr.mutualis.urbanism.api.EtatDossier.OPPOSITION;
import static fr.mutualis.urbanism.api.EtatDossier.REFUS;
import static fr.mutualis.urbanism.api.EtatDossier.REJET_TACITE;
import static fr.mutualis.urbanism.api.EtatDossier.RETIRE;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.TypeDossier;

/**
 * The legal moves between dossier states. Express moves are recorded by a user; tacit outcomes are only reached
 * from the states where silence can run, once the date limite has passed.
 */
final class ReglesTransition {

    private static final Map<EtatDossier, Set<EtatDossier>> EXPRES = Map.of(
            DEPOSE, EnumSet.of(INCOMPLET, EN_INSTRUCTION, MAJORE, RETIRE),
            INCOMPLET, EnumSet.of(EN_INSTRUCTION, MAJORE, RETIRE),
            EN_INSTRUCTION, EnumSet.of(MAJORE, ACCORD, ACCORD_AVEC_PRESCRIPTIONS, REFUS, OPPOSITION, RETIRE),
            MAJORE, EnumSet.of(ACCORD, ACCORD_AVEC_PRESCRIPTIONS, REFUS, OPPOSITION, RETIRE));

    private static final Map<EtatDossier, Set<EtatDossier>> TACITE = Map.of(
            DECISION_TACITE_FAVORABLE, EnumSet.of(DEPOSE, EN_INSTRUCTION, MAJORE),
            DECISION_TACITE_DEFAVORABLE, EnumSet.of(DEPOSE, EN_INSTRUCTION, MAJORE),
            REJET_TACITE, EnumSet.of(INCOMPLET));

    private ReglesTransition() {
    }

    /** States a user may move a dossier of this type to from {@code courant}. */
    static Set<EtatDossier> suivantsExpres(TypeDossier type, EtatDossier courant) {
        Set<EtatDossier> suivants = EnumSet.noneOf(EtatDossier.class);
        suivants.addAll(EXPRES.getOrDefault(courant, Set.of()));
        suivants.removeIf(etat -> !possiblePour(type, etat));
        return suivants;
    }

    /** States from which silence can lead to the tacit state {@code tacite}. */
    static Set<EtatDossier> originesTacites(EtatDossier tacite) {
        return TACITE.getOrDefault(tacite, Set.of());
    }

    static boolean estTacite(EtatDossier etat) {
        return TACITE.containsKey(etat);
    }

    /** Opposition is the DP's refusal; certificates are neither incomplete, extended nor conditional. */
    private static boolean possiblePour(TypeDossier type, EtatDossier etat) {
        return switch (etat) {
            case OPPOSITION -> type == TypeDossier.DP;
            case REFUS -> type != TypeDossier.DP && type != TypeDossier.CUa;
            case INCOMPLET, MAJORE, ACCORD_AVEC_PRESCRIPTIONS -> !type.estCertificat();
            default -> true;
        };
    }
}
