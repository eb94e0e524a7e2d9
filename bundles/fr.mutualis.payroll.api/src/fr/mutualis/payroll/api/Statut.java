package fr.mutualis.payroll.api;

/** Legal status of an agent in the fonction publique territoriale. */
public enum Statut {
    TITULAIRE("titulaire"),
    STAGIAIRE("stagiaire"),
    CONTRACTUEL("contractuel");

    private final String libelle;

    Statut(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Titulaires and stagiaires are fonctionnaires; only they can be affiliated to the CNRACL. */
    public boolean estFonctionnaire() {
        return this != CONTRACTUEL;
    }
}
