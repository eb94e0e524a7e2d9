package fr.mutualis.budget.api;

/** Budget principal of a collectivity, or one of its budgets annexes. */
public enum TypeBudget {
    PRINCIPAL("budget principal"),
    ANNEXE("budget annexe");

    private final String libelle;

    TypeBudget(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
