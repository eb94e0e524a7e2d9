package fr.mutualis.urbanism.api;

/** What happened to a dossier, as shown in its history. */
public enum NatureEvenement {
    DEPOT("Dépôt de la demande"),
    DEMANDE_PIECES("Demande de pièces manquantes"),
    RECEPTION_PIECES("Réception des pièces manquantes"),
    COMPLETUDE("Dossier déclaré complet"),
    MAJORATION("Majoration du délai d'instruction"),
    DECISION("Décision"),
    ISSUE_TACITE("Issue tacite constatée"),
    RETRAIT("Retrait de la demande");

    private final String libelle;

    NatureEvenement(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
