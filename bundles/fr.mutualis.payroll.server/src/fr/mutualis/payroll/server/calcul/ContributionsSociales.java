package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.server.parametres.CleParametre;

/** CSG (deductible and non-deductible) and CRDS, on round(assiette % x gross). */
final class ContributionsSociales {

    private ContributionsSociales() {
    }

    /**
     * {@code brut}: the gross pay without the employer's participations to the protection sociale complémentaire,
     * are in the base at 100 % ({@code participations}; code de la sécurité sociale art. L136-1-1: the 1.75 %
     * abatement for professional expenses applies to the salary, not to the employer's health and prévoyance
     * contributions; domain.md §2.3, sources 64 and 65).
     */
    static void ajouter(BigDecimal brut, BigDecimal participations, ParametresDuMois parametres,
            LignesEnCours lignes) {
        BigDecimal base = Arrondi.taux(brut, parametres.valeur(CleParametre.CSG_ASSIETTE)).add(participations);
        lignes.cotisation(CodesLignes.CSG_DEDUCTIBLE, "CSG déductible", base,
                parametres.valeur(CleParametre.CSG_DEDUCTIBLE), null);
        lignes.contributionNonDeductible(CodesLignes.CSG_NON_DEDUCTIBLE, "CSG non déductible", base,
                parametres.valeur(CleParametre.CSG_NON_DEDUCTIBLE));
        lignes.contributionNonDeductible(CodesLignes.CRDS, "CRDS", base, parametres.valeur(CleParametre.CRDS));
    }
}
