package fr.mutualis.budget.api;

import fr.mutualis.core.api.DonneeInvalideException;

/** Variant of the M57 chart: abrégée (communes under 3,500 inhabitants may choose it) or développée. */
public enum Declinaison {
    M57_A("M57 abrégée"),
    M57_D("M57 développée");

    private final String libelle;

    Declinaison(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Parses the TOTEM attribute {@code Declinaison}, e.g. {@code M57_A}. */
    public static Declinaison depuisCode(String code) {
        for (Declinaison declinaison : values()) {
            if (declinaison.name().equals(code)) {
                return declinaison;
            }
        }
        throw new DonneeInvalideException("Déclinaison M57 inconnue : « " + code + " » (attendu : M57_A ou M57_D).");
    }
}
