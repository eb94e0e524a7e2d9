package fr.mutualis.budget.api;

/** PES TypBord: 01 for ordinary pièces, 02 for annulations and réductions. */
public enum TypeBordereau {
    ORDINAIRE("01"),
    ANNULATION_REDUCTION("02");

    private final String code;

    TypeBordereau(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
