package fr.mutualis.payroll.api;

/**
 * An organism the month's contributions and withholdings are paid to, each by a mandat of its own. The collectivity
 * records each one in the budget's répertoire of tiers under {@link #reference()} (PES {@code RefTiers}), with its
 * SIRET and bank account.
 */
public enum Organisme {
    /** Cotisations de sécurité sociale (maladie, vieillesse, allocations familiales, CSA), FNAL, CSG and CRDS. */
    URSSAF("PAIE-URSSAF", "l'URSSAF (cotisations de sécurité sociale, FNAL, CSG et CRDS)"),
    /** Caisse nationale de retraites des agents des collectivités locales, with the ATIACL it collects. */
    CNRACL("PAIE-CNRACL", "la CNRACL (retraite des fonctionnaires et ATIACL)"),
    /** Retraite complémentaire of the contractuels. */
    IRCANTEC("PAIE-IRCANTEC", "l'IRCANTEC (retraite complémentaire des contractuels)"),
    /** Retraite additionnelle de la fonction publique, on the primes of the fonctionnaires. */
    RAFP("PAIE-RAFP", "l'ERAFP (retraite additionnelle de la fonction publique)"),
    /** Centre national de la fonction publique territoriale: cotisation and apprenticeship surcharge. */
    CNFPT("PAIE-CNFPT", "le CNFPT (cotisation et majoration apprentissage)"),
    /** Centre de gestion the collectivity is affiliated to. */
    CDG("PAIE-CDG", "le centre de gestion (cotisation obligatoire)"),
    /** The prélèvement à la source withheld on the net pay, paid to the DGFiP. */
    DGFIP("PAIE-DGFIP", "la DGFiP (prélèvement à la source de l'impôt sur le revenu)");

    private final String reference;
    private final String libelle;

    Organisme(String reference, String libelle) {
        this.reference = reference;
        this.libelle = libelle;
    }

    /** Reference of the organism's tiers in the budget's répertoire, e.g. {@code PAIE-URSSAF}. */
    public String reference() {
        return reference;
    }

    /** "l'URSSAF (…)", for messages. */
    public String libelle() {
        return libelle;
    }
}
