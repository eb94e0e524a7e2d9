package fr.mutualis.budget.api;

import fr.mutualis.core.api.DonneeInvalideException;

/** Budget section: fonctionnement (code F) or investissement (code I), as in the TOTEM plan de comptes. */
public enum Section {
    FONCTIONNEMENT("F", "fonctionnement", "de fonctionnement"),
    INVESTISSEMENT("I", "investissement", "d'investissement");

    private final String code;
    private final String libelle;
    private final String complement;

    Section(String code, String libelle, String complement) {
        this.code = code;
        this.libelle = libelle;
        this.complement = complement;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** "de fonctionnement" or "d'investissement", as in "section d'investissement". */
    public String complement() {
        return complement;
    }

    public static Section depuisCode(String code) {
        for (Section section : values()) {
            if (section.code.equals(code)) {
                return section;
            }
        }
        throw new DonneeInvalideException("Section inconnue : « " + code + " » (attendu : F ou I).");
    }
}
