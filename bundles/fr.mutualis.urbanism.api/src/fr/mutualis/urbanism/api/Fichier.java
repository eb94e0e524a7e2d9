package fr.mutualis.urbanism.api;

import java.io.Serializable;

/**
 * A document produced by the server, ready to save or print.
 *
 * @param nom      suggested file name, e.g. {@code recepisse-PC0740492600001.pdf}
 * @param typeMime {@code application/pdf} or {@code text/csv; charset=UTF-8}
 */
public record Fichier(String nom, String typeMime, byte[] contenu) implements Serializable {

    public Fichier {
        contenu = contenu.clone();
    }

    @Override
    public byte[] contenu() {
        return contenu.clone();
    }

    public int taille() {
        return contenu.length;
    }
}
