package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * A request for missing pieces (R423-38) and, once they arrive, the date they were supplied.
 *
 * @param dateDemande    date the request was notified to the applicant
 * @param dateFourniture date the missing pieces were received, null while they have not been
 */
public record DemandePieces(LocalDate dateDemande, LocalDate dateFourniture) implements Serializable {

    public DemandePieces {
        if (dateDemande == null) {
            throw new DonneeInvalideException("La date de la demande de pièces est obligatoire.");
        }
        if (dateFourniture != null && dateFourniture.isBefore(dateDemande)) {
            throw new DonneeInvalideException("Les pièces ne peuvent pas être fournies le "
                    + DatesFr.format(dateFourniture) + ", avant leur demande du " + DatesFr.format(dateDemande) + ".");
        }
    }

    /** A request still waiting for its pieces. */
    public static DemandePieces enAttente(LocalDate dateDemande) {
        return new DemandePieces(dateDemande, null);
    }

    public boolean piecesFournies() {
        return dateFourniture != null;
    }
}
