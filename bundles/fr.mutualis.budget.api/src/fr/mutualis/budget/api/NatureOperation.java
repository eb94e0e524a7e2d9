package fr.mutualis.budget.api;

/** Whether a budget flow is réel (cash moves) or d'ordre (accounting entry with a mirrored counterpart). */
public enum NatureOperation {
    REELLE("réelle"),
    ORDRE("d'ordre");

    private final String libelle;

    NatureOperation(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
