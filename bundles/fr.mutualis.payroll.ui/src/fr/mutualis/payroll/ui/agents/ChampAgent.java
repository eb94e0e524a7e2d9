package fr.mutualis.payroll.ui.agents;

/** The fields of the agent form: widget id (for tests) and French label. */
enum ChampAgent {
    MATRICULE("Matricule"),
    NOM("Nom"),
    PRENOM("Prénom"),
    NIR("NIR (n° de sécurité sociale)"),
    NAISSANCE("Date de naissance (JJ/MM/AAAA)"),
    STATUT("Statut"),
    HEURES("Heures hebdomadaires du poste"),
    QUOTITE("Quotité (ex. 0,8 pour 80 %)"),
    GRADE("Grade (liste ou code de grille)"),
    ECHELON("Échelon"),
    INDICE("Indice majoré"),
    NBI("Points de NBI"),
    ZONE("Zone d'indemnité de résidence"),
    ENFANTS("Enfants à charge (SFT)"),
    IFSE("IFSE mensuelle (€)"),
    CIA("CIA du mois (€)"),
    AUTRE_LIBELLE("Autre prime : libellé"),
    AUTRE_MONTANT("Autre prime : montant (€)"),
    PARTICIPATION_PREVOYANCE("Participation prévoyance (€/mois)"),
    PARTICIPATION_SANTE("Participation santé (€/mois)"),
    TPP("Catégorie transfert primes/points"),
    PAS("Taux PAS personnalisé (%)"),
    ENTREE("Date d'entrée (JJ/MM/AAAA)"),
    PCS_ESE("Code PCS-ESE de l'emploi (ex. 523c)"),
    IBAN("IBAN du compte de paie"),
    BIC("BIC de la banque");

    private final String libelle;

    ChampAgent(String libelle) {
        this.libelle = libelle;
    }

    String libelle() {
        return libelle;
    }

    /** Widget id, e.g. {@code paie.agent.nir}. */
    String id() {
        return "paie.agent." + name().toLowerCase().replace('_', '.');
    }
}
