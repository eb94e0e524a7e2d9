package fr.mutualis.urbanism.api;

import java.io.Serializable;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Suffix of a modification or transfer number (A423-4): M or T followed by a 2-digit rank, counted separately for
 * modifications and for transfers of one permit, e.g. {@code M01}.
 */
public record SuffixeNumero(NatureSuffixe nature, int rang) implements Serializable {

    public SuffixeNumero {
        if (nature == null) {
            throw new DonneeInvalideException("Nature du suffixe obligatoire (modificatif ou transfert).");
        }
        if (rang < 1 || rang > 99) {
            throw new DonneeInvalideException("Rang de " + nature.libelle() + " invalide : " + rang
                    + ". Attendu : de 1 à 99.");
        }
    }

    /** {@code M01}, {@code T12}. */
    public String format() {
        return nature.lettre() + String.format("%02d", rang);
    }

    @Override
    public String toString() {
        return format();
    }
}
