package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.server.parametres.CleParametre;

/** CSG (deductible and non-deductible) and CRDS, on round(assiette % x gross). */
final class ContributionsSociales {

    private ContributionsSociales() {
    }

    static void ajouter(BigDecimal brut, ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal base = Arrondi.taux(brut, parametres.valeur(CleParametre.CSG_ASSIETTE));
        lignes.cotisation(CodesLignes.CSG_DEDUCTIBLE, "CSG déductible", base,
                parametres.valeur(CleParametre.CSG_DEDUCTIBLE), null);
        lignes.contributionNonDeductible(CodesLignes.CSG_NON_DEDUCTIBLE, "CSG non déductible", base,
                parametres.valeur(CleParametre.CSG_NON_DEDUCTIBLE));
        lignes.contributionNonDeductible(CodesLignes.CRDS, "CRDS", base, parametres.valeur(CleParametre.CRDS));
    }
}
