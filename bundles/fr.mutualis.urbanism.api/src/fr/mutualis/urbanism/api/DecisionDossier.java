package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How the instruction ended: an express decision signed on {@code date}, or a tacit outcome acquired on {@code date}
 * (the day after the date limite).
 *
 * @param sens       the final state reached
 * @param motivation prescriptions or grounds of refusal for an express decision; how the outcome arose otherwise
 */
public record DecisionDossier(EtatDossier sens, LocalDate date, String auteur, String motivation)
        implements Serializable {

    public DecisionDossier {
        motivation = motivation == null ? "" : motivation;
    }

    /** True for a decision signed by the authority, false for a tacit outcome. */
    public boolean expresse() {
        return switch (sens) {
            case ACCORD, ACCORD_AVEC_PRESCRIPTIONS, REFUS, OPPOSITION -> true;
            default -> false;
        };
    }
}
