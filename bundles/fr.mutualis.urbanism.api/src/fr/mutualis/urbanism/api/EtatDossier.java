package fr.mutualis.urbanism.api;

/** Where a dossier stands in its instruction. Which moves are legal is decided on the server (workflow). */
public enum EtatDossier {
    DEPOSE("déposé", false),
    INCOMPLET("incomplet (pièces demandées)", false),
    EN_INSTRUCTION("complet, en instruction", false),
    MAJORE("en instruction, délai majoré", false),
    ACCORD("accord (permis accordé, non-opposition, certificat délivré)", true),
    ACCORD_AVEC_PRESCRIPTIONS("accord avec prescriptions", true),
    REFUS("refus", true),
    OPPOSITION("opposition à la déclaration préalable", true),
    DECISION_TACITE_FAVORABLE("décision tacite favorable (permis tacite, non-opposition, certificat tacite)", true),
    DECISION_TACITE_DEFAVORABLE("décision tacite de refus (R424-2, R424-3)", true),
    REJET_TACITE("rejet tacite (pièces manquantes non fournies à temps)", true),
    RETIRE("retiré par le demandeur", true);

    private final String libelle;
    private final boolean fin;

    EtatDossier(String libelle, boolean fin) {
        this.libelle = libelle;
        this.fin = fin;
    }

    public String libelle() {
        return libelle;
    }

    /** True when the instruction is over: no further state change is possible. */
    public boolean estFinal() {
        return fin;
    }
}
