package fr.mutualis.payroll.server.parametres;

import java.time.LocalDate;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Legal source of a parameter value.
 *
 * @param texte the text and article, e.g. "Décret n° 2023-519 du 28 juin 2023, art. 1"
 * @param date  date of the text (signature or publication)
 * @param note  caveat for the administrator (e.g. a value still to confirm), or null
 */
public record ReferenceJuridique(String texte, LocalDate date, String note) {

    public ReferenceJuridique {
        if (texte == null || texte.isBlank()) {
            throw new DonneeInvalideException("référence juridique sans texte (décret, arrêté, loi…)");
        }
        if (date == null) {
            throw new DonneeInvalideException("référence juridique sans date");
        }
    }
}
