package fr.mutualis.budget.api;

/**
 * One of the six ways an account can be used in the TOTEM plan de comptes, named after the XML attribute that gives the
 * chapter it feeds: réel (DR/RR), ordre entre sections (DOES/ROES, chapters 040/042 and 021/023) or ordre à l'intérieur
 * de la section (DOIS/ROIS, chapters 041/043).
 */
public enum EmploiCompte {
    DR(Sens.DEPENSE, NatureOperation.REELLE),
    DOES(Sens.DEPENSE, NatureOperation.ORDRE),
    DOIS(Sens.DEPENSE, NatureOperation.ORDRE),
    RR(Sens.RECETTE, NatureOperation.REELLE),
    ROES(Sens.RECETTE, NatureOperation.ORDRE),
    ROIS(Sens.RECETTE, NatureOperation.ORDRE);

    private final Sens sens;
    private final NatureOperation nature;

    EmploiCompte(Sens sens, NatureOperation nature) {
        this.sens = sens;
        this.nature = nature;
    }

    public Sens sens() {
        return sens;
    }

    public NatureOperation nature() {
        return nature;
    }
}
