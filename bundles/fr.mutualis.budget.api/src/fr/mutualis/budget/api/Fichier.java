package fr.mutualis.budget.api;

import java.io.Serializable;

/**
 * A file produced by the server (PES XML, PDF) for the client to save.
 *
 * @param nom  proposed file name, e.g. {@code PES_DEP_00_2026_B0003.xml}
 * @param type MIME type
 */
public record Fichier(String nom, String type, byte[] contenu) implements Serializable {

    public Fichier {
        Erreurs e = new Erreurs("Fichier");
        e.texte(nom, "Nom");
        e.texte(type, "Type");
        if (e.nonNul(contenu, "Contenu") != null) {
            contenu = contenu.clone();
        }
        e.lever();
    }

    @Override
    public byte[] contenu() {
        return contenu.clone();
    }
}
