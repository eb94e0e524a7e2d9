package fr.mutualis.urbanism.api;

/** Why a number carries a suffix (A423-4): a request to modify, or to transfer, a permit still valid. */
public enum NatureSuffixe {
    MODIFICATIF('M', "permis modificatif", "13411"),
    TRANSFERT('T', "transfert de permis", "13412");

    private final char lettre;
    private final String libelle;
    private final String cerfa;

    NatureSuffixe(char lettre, String libelle, String cerfa) {
        this.lettre = lettre;
        this.libelle = libelle;
        this.cerfa = cerfa;
    }

    /** The Cerfa form of the request, without its version suffix. */
    public String cerfa() {
        return cerfa;
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
