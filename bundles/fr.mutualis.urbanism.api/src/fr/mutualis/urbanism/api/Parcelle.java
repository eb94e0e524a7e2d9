package fr.mutualis.urbanism.api;

import java.io.Serializable;
import java.util.regex.Pattern;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * A cadastral parcel of the land concerned: its section (1 or 2 characters, e.g. {@code AB}, {@code 0A}) and its
 * number within the section (1 to 9999). The canonical constructor validates and normalizes the section to upper case.
 */
public record Parcelle(String section, int numero) implements Serializable {

    private static final Pattern SECTION = Pattern.compile("[A-Z]{1,2}|0[A-Z]");

    public Parcelle {
        section = section == null ? null : section.strip().toUpperCase();
        if (section == null || !SECTION.matcher(section).matches()) {
            throw new DonneeInvalideException("Section cadastrale invalide : « " + section
                    + " ». Attendu : 1 ou 2 lettres, ou un zéro suivi d'une lettre (ex. AB, C, 0A).");
        }
        if (numero < 1 || numero > 9999) {
            throw new DonneeInvalideException("Numéro de parcelle invalide dans la section " + section + " : "
                    + numero + ". Attendu : de 1 à 9999.");
        }
    }

    /** {@code AB 123}. */
    public String libelle() {
        return section + " " + numero;
    }

    @Override
    public String toString() {
        return libelle();
    }
}
