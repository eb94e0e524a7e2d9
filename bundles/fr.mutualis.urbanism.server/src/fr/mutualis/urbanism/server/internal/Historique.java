package fr.mutualis.urbanism.server.internal;

import java.time.Instant;

import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.urbanism.api.EtatDossier;
import fr.mutualis.urbanism.api.EvenementDossier;
import fr.mutualis.urbanism.api.NatureEvenement;
import fr.mutualis.urbanism.server.internal.entity.DossierEntity;
import jakarta.persistence.EntityManager;

/**
 * Records an act on a dossier twice, inside the act's transaction: in the dossier's own history (shown to users) and
 * in the server's audit journal. The author is the verified login of the call.
 */
final class Historique {

    private final AuditJournal journal;

    Historique(AuditJournal journal) {
        this.journal = journal;
    }

    /** @param avant the state before the act (null for the filing); the state after is the dossier's current one */
    void enregistrer(EntityManager em, DossierEntity dossier, NatureEvenement nature, EtatDossier avant, Instant quand,
            String commentaire) {
        String auteur = CallContext.current().login();
        dossier.journaliser(new EvenementDossier(quand, auteur, nature, avant, dossier.getEtat(), commentaire));
        journal.record(em, dossier.getCollectivite(), "urbanisme." + nature.name().toLowerCase().replace('_', '-'),
                dossier.getNumero() + " : " + nature.libelle() + (commentaire.isBlank() ? "" : " — " + commentaire));
    }
}
