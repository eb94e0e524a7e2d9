package fr.mutualis.urbanism.api;

/** What the silence of the authority amounts to once the date limite has passed. */
public enum IssueTacite {
    /** Tacit permit or tacit non-opposition (R424-1). */
    ACCORD_TACITE(EtatDossier.DECISION_TACITE_FAVORABLE),
    /** Tacit refusal in the R424-2 / R424-3 cases. */
    REFUS_TACITE(EtatDossier.DECISION_TACITE_DEFAVORABLE),
    /** Missing pieces not supplied within 3 months (R423-39): tacit rejection, or tacit opposition for a DP. */
    REJET_TACITE(EtatDossier.REJET_TACITE),
    /** Tacit town-planning certificate: it only freezes the rules in force (R410-12, L410-1). */
    CERTIFICAT_TACITE(EtatDossier.DECISION_TACITE_FAVORABLE);

    private final EtatDossier etatAtteint;

    IssueTacite(EtatDossier etatAtteint) {
        this.etatAtteint = etatAtteint;
    }

    /** The dossier state this outcome leads to. */
    public EtatDossier etatAtteint() {
        return etatAtteint;
    }

    /** The French name of this outcome for a dossier of the given type. */
    public String libelle(TypeDossier type) {
        boolean dp = type == TypeDossier.DP;
        return switch (this) {
            case ACCORD_TACITE -> dp ? "non-opposition tacite" : "permis tacite";
            case REFUS_TACITE -> "refus tacite";
            case REJET_TACITE -> (dp ? "opposition tacite" : "rejet tacite") + " (pièces non fournies)";
            case CERTIFICAT_TACITE -> "certificat d'urbanisme tacite";
        };
    }
}
