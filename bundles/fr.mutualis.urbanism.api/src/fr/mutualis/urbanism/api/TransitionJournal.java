package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.Instant;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * One change of state of a dossier, as recorded in its journal: from which state, to which, who did it, when.
 *
 * @param commentaire free text, empty when none
 */
public record TransitionJournal(EtatDossier de, EtatDossier vers, String auteur, Instant date, String commentaire)
        implements Serializable {

    public TransitionJournal {
        if (de == null || vers == null || date == null) {
            throw new DonneeInvalideException(
                    "Une transition doit indiquer l'état de départ, l'état d'arrivée et la date.");
        }
        if (auteur == null || auteur.isBlank()) {
            throw new DonneeInvalideException("L'auteur de la transition est obligatoire.");
        }
        auteur = auteur.strip();
        commentaire = commentaire == null ? "" : commentaire.strip();
    }
}
