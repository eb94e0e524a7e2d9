package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.time.LocalDate;

import fr.mutualis.core.api.DonneeInvalideException;

/** A majoration of the instruction period and the date it was notified to the applicant (R423-42). */
public record MajorationNotifiee(Majoration majoration, LocalDate dateNotification) implements Serializable {

    public MajorationNotifiee {
        if (majoration == null || dateNotification == null) {
            throw new DonneeInvalideException(
                    "Une majoration notifiée doit indiquer l'article et la date de notification.");
        }
    }
}
