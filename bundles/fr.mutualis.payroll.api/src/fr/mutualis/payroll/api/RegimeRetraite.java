package fr.mutualis.payroll.api;

/** Pension scheme the payslip was computed under. */
public enum RegimeRetraite {
    /** Fonctionnaire on a post of at least the CNRACL threshold (28 h): CNRACL, RAFP, URSSAF special scheme. */
    CNRACL("CNRACL"),
    /** Contractuel, or fonctionnaire below the threshold: régime général and IRCANTEC. */
    REGIME_GENERAL("Régime général et IRCANTEC");

    private final String libelle;

    RegimeRetraite(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
