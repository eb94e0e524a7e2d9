package fr.mutualis.budget.api;

/** Direction of a budget line or a pièce: dépense (D, paid by mandat) or recette (R, collected by titre). */
public enum Sens {
    DEPENSE("D", "dépense", "mandat", "mandaté"),
    RECETTE("R", "recette", "titre", "titré");

    private final String code;
    private final String libelle;
    private final String piece;
    private final String realise;

    Sens(String code, String libelle, String piece, String realise) {
        this.code = code;
        this.libelle = libelle;
        this.piece = piece;
        this.realise = realise;
    }

    /** D or R, as in TOTEM's CodRD. */
    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** French name of the pièce that executes this direction: "mandat" or "titre". */
    public String piece() {
        return piece;
    }

    /** French participle for the executed amount: "mandaté" or "titré". */
    public String realise() {
        return realise;
    }
}
