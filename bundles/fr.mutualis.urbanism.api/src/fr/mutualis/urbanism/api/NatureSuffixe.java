package fr.mutualis.urbanism.api;

/** Why a number carries a suffix (A423-4): a request to modify, or to transfer, a permit still valid. */
public enum NatureSuffixe {
    MODIFICATIF('M', "permis modificatif"),
    TRANSFERT('T', "transfert de permis");

    private final char lettre;
    private final String libelle;

    NatureSuffixe(char lettre, String libelle) {
        this.lettre = lettre;
        this.libelle = libelle;
    }

    public char lettre() {
        return lettre;
    }

    public String libelle() {
        return libelle;
    }

    /** The nature whose letter is {@code lettre}, or null. */
    static NatureSuffixe deLettre(char lettre) {
        for (NatureSuffixe nature : values()) {
            if (nature.lettre == lettre) {
                return nature;
            }
        }
        return null;
    }
}
