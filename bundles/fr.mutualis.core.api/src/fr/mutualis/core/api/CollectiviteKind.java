package fr.mutualis.core.api;

/** The kinds of collectivity Mutualis serves. */
public enum CollectiviteKind {
    COMMUNE("Commune"),
    EPCI("Intercommunalité (EPCI)"),
    SYNDICAT("Syndicat");

    private final String libelle;

    CollectiviteKind(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
