package fr.mutualis.budget.api;

/** A bordereau in preparation has no number and can be abandoned; once sent it is numbered and locked for good. */
public enum StatutBordereau {
    EN_PREPARATION("en préparation"),
    ENVOYE("envoyé");

    private final String libelle;

    StatutBordereau(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
