package fr.mutualis.budget.api;

/** An ordinary pièce, or a new pièce that cancels (annulation) or reduces (réduction) an earlier one. */
public enum NaturePiece {
    ORDINAIRE("ordinaire"),
    ANNULATION("annulation"),
    REDUCTION("réduction");

    private final String libelle;

    NaturePiece(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** True for annulation and réduction, which lower what was executed and go on a bordereau of type 02. */
    public boolean corrective() {
        return this != ORDINAIRE;
    }
}
