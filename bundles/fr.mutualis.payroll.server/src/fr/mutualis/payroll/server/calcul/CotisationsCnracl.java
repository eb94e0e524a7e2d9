package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Contributions of a fonctionnaire affiliated to the CNRACL: CNRACL and employer URSSAF on TIB + NBI, RAFP on
 * min(gross - TIB - NBI, cap x TIB) cumulated over the civil year (the month's base is the year's less what earlier
 * months declared, never below zero), CNFPT, centre de gestion and ATIACL.
 */
final class CotisationsCnracl {

    private CotisationsCnracl() {
    }

    static void ajouter(SituationAgent situation, Remuneration remuneration, CumulRafp cumul, TempsDeTravail temps,
            ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal base = remuneration.traitementEtNbi();
        lignes.cotisation(CodesLignes.CNRACL, "Retraite CNRACL", base, parametres.valeur(CleParametre.CNRACL_SALARIAL),
                parametres.valeur(CleParametre.CNRACL_PATRONAL));

        // cumulated over the civil year: min(sum of accessories, cap x sum of TIB) less the bases already declared
        BigDecimal plafondRafp = Arrondi.taux(cumul.traitement().add(remuneration.traitement()),
                parametres.valeur(CleParametre.RAFP_PLAFOND));
        BigDecimal baseRafp = cumul.remunerationsAccessoires().add(remuneration.brut().subtract(base))
                .min(plafondRafp).subtract(cumul.assietteRetenue());
        if (baseRafp.signum() > 0) {
            lignes.cotisation(CodesLignes.RAFP, "Retraite additionnelle de la fonction publique (RAFP)", baseRafp,
                    parametres.valeur(CleParametre.RAFP_SALARIAL), parametres.valeur(CleParametre.RAFP_PATRONAL));
        }

        CotisationsPatronalesUrssaf.ajouter(base, CleParametre.MALADIE_AGENTS_CNRACL,
                temps.proratiser(parametres.valeur(CleParametre.PMSS)), situation.effectifEmployeur(), parametres,
                lignes);
        CotisationsCollectivite.ajouter(base, parametres, lignes);
        lignes.cotisation(CodesLignes.ATIACL, "Allocation temporaire d'invalidité (ATIACL)", base, null,
                parametres.valeur(CleParametre.ATIACL));
    }
}
