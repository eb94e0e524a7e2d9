package fr.mutualis.payroll.api;

/** Where the payroll of a month stands for one collectivity. */
public enum EtatPaie {
    /** Not run yet. */
    NON_CALCULEE("non calculée"),
    /** Run: payslips are drafts, a new run replaces them. */
    BROUILLON("brouillon"),
    /** Validated by the ordonnateur: locked, only corrected by a regularisation on a later month. */
    VALIDEE("validée");

    private final String libelle;

    EtatPaie(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
