package fr.mutualis.payroll.api;

/** Absences that change the month's pay. */
public enum NatureAbsence {
    /**
     * Congé de maladie ordinaire of a fonctionnaire (CGFP art. L822-3, formerly loi 84-53 art. 57 2°; décret 87-602
     * art. 14): jour de carence, then the rate of the first three months, then half pay, over a rolling year.
     */
    MALADIE_ORDINAIRE("maladie ordinaire"),
    /** Strike (absence de service fait, CGFP art. L711-1 and L711-2): a deduction proportional to its duration. */
    GREVE("grève");

    private final String libelle;

    NatureAbsence(String libelle) {
        this.libelle = libelle;
    }

    /** French label, lower case. */
    public String libelle() {
        return libelle;
    }
}
