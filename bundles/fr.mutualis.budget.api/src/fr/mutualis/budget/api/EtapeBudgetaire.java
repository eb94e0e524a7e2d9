package fr.mutualis.budget.api;

/** Budget decision that opens or changes credits: budget primitif, budget supplémentaire, décision modificative. */
public enum EtapeBudgetaire {
    BP("budget primitif"),
    BS("budget supplémentaire"),
    DM("décision modificative");

    private final String libelle;

    EtapeBudgetaire(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
