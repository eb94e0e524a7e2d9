package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Employer URSSAF contributions common to both schemes: maladie, CSA, allocations familiales and FNAL (0.10 % capped
 * at the prorated PMSS below the headcount threshold, 0.50 % uncapped from it).
 */
final class CotisationsPatronalesUrssaf {

    private CotisationsPatronalesUrssaf() {
    }

    static void ajouter(BigDecimal base, CleParametre tauxMaladie, BigDecimal pmss, int effectif,
            ParametresDuMois parametres, LignesEnCours lignes) {
        lignes.cotisation(CodesLignes.MALADIE, "Assurance maladie, maternité, invalidité, décès", base, null,
                parametres.valeur(tauxMaladie));
        lignes.cotisation(CodesLignes.CSA, "Contribution solidarité autonomie", base, null,
                parametres.valeur(CleParametre.CSA));
        lignes.cotisation(CodesLignes.ALLOCATIONS_FAMILIALES, "Allocations familiales", base, null,
                parametres.valeur(CleParametre.ALLOCATIONS_FAMILIALES));
        int seuil = parametres.valeur(CleParametre.FNAL_SEUIL_EFFECTIF).intValueExact();
        if (effectif < seuil) {
            lignes.cotisation(CodesLignes.FNAL, "FNAL (moins de " + seuil + " agents, plafonné)", base.min(pmss), null,
                    parametres.valeur(CleParametre.FNAL_MOINS_DE_50));
        } else {
            lignes.cotisation(CodesLignes.FNAL, "FNAL (" + seuil + " agents et plus)", base, null,
                    parametres.valeur(CleParametre.FNAL_50_ET_PLUS));
        }
    }
}
