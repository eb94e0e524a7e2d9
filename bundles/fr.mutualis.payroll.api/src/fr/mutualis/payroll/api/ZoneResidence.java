package fr.mutualis.payroll.api;

/** Zone of the indemnité de résidence (décret 85-1148, art. 9): zone 1, 2 or 3 of the place of work. */
public enum ZoneResidence {
    ZONE_1("zone 1"),
    ZONE_2("zone 2"),
    ZONE_3("zone 3");

    private final String libelle;

    ZoneResidence(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
