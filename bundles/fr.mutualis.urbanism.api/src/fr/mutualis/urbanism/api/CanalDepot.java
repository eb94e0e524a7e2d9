package fr.mutualis.urbanism.api;

/** How an application reached the town hall. */
public enum CanalDepot {
    PAPIER("dépôt papier en mairie ou envoi postal"),
    ELECTRONIQUE("saisine par voie électronique (SVE)");

    private final String libelle;

    CanalDepot(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
