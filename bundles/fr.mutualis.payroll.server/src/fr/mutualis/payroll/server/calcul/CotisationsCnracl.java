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

    /** Adds the lines and returns what this month gives the RAFP's annual cumul. */
    static CumulRafp ajouter(SituationAgent situation, Remuneration remuneration, CumulRafp cumul,
            TempsDeTravail temps, ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal base = remuneration.traitementEtNbi();
        lignes.cotisation(CodesLignes.CNRACL, "Retraite CNRACL", base, parametres.valeur(CleParametre.CNRACL_SALARIAL),
                parametres.valeur(CleParametre.CNRACL_PATRONAL));

        // cumulated over the civil year: min(sum of accessories, cap x sum of TIB) less the bases already declared, so
        // a base the cap held back in one month comes back in a later month with room under the year's cap. The cap
        // only grows over the year (the TIB is never negative); the year's accessories fall only when a month's are
        // negative (a TPP larger than the primes): no negative base is declared then, the months after make it up
        BigDecimal accessoires = remuneration.brut().subtract(base);
        BigDecimal plafondRafp = Arrondi.taux(cumul.traitement().add(remuneration.traitement()),
                parametres.valeur(CleParametre.RAFP_PLAFOND));
        BigDecimal baseRafp = cumul.remunerationsAccessoires().add(accessoires).max(BigDecimal.ZERO.setScale(2))
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
        return new CumulRafp(accessoires, remuneration.traitement(), baseRafp.max(BigDecimal.ZERO.setScale(2)));
    }
}
