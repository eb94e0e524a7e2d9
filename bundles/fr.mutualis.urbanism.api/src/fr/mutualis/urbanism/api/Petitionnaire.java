package fr.mutualis.urbanism.api;

import java.io.Serializable;

/**
 * The applicant. A legal person (company, SCI, association) gives its name in {@code nom} and no first name.
 * Checked by the server when the application is filed; blank values are kept as empty strings.
 *
 * @param adresse  postal address where decisions are notified
 * @param courriel e-mail address, required for an application made electronically
 */
public record Petitionnaire(String nom, String prenom, String adresse, String courriel) implements Serializable {

    public Petitionnaire {
        nom = nom == null ? "" : nom.strip();
        prenom = prenom == null ? "" : prenom.strip();
        adresse = adresse == null ? "" : adresse.strip();
        courriel = courriel == null ? "" : courriel.strip();
    }

    /** {@code Jean Dupont}, or the name alone for a legal person. */
    public String designation() {
        return prenom.isEmpty() ? nom : prenom + " " + nom;
    }
}
