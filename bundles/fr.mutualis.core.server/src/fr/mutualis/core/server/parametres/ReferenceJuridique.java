package fr.mutualis.core.server.parametres;

import java.time.LocalDate;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Legal source of a dated value.
 *
 * @param texte the text and article, e.g. "Décret n° 2023-519 du 28 juin 2023, art. 1" or "R423-23 a"
 * @param date  date of the text (signature or publication), or null when the file does not give it
 * @param note  what else the administrator should know (the text that introduced the value, a caveat), or null
 */
public record ReferenceJuridique(String texte, LocalDate date, String note) {

    public ReferenceJuridique {
        if (texte == null || texte.isBlank()) {
            throw new DonneeInvalideException("référence juridique sans texte (décret, arrêté, loi, article…)");
        }
    }

    /** The reference on one line: text, date and note when there are. */
    public String complete() {
        return texte + (date == null ? "" : " (" + date + ")") + (note == null ? "" : " — " + note);
    }
}
