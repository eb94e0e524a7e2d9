package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a dossier's history: what happened, when it was recorded, by whom, and the state before and after
 * (the same state when the event changed nothing, e.g. a late request for pieces).
 *
 * @param etatAvant null for the filing
 */
public record EvenementDossier(Instant date, String auteur, NatureEvenement nature, EtatDossier etatAvant,
        EtatDossier etatApres, String commentaire) implements Serializable {

    public EvenementDossier {
        commentaire = commentaire == null ? "" : commentaire;
    }

    public boolean changeEtat() {
        return etatAvant != etatApres;
    }
}
