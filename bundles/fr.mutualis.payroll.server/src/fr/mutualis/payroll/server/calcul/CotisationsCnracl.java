package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Contributions of a fonctionnaire affiliated to the CNRACL: CNRACL and employer URSSAF on TIB + NBI, RAFP on
 * min(gross - TIB - NBI, cap x TIB) computed monthly, CNFPT, centre de gestion and ATIACL.
 */
final class CotisationsCnracl {

    private CotisationsCnracl() {
    }

    static void ajouter(SituationAgent situation, Remuneration remuneration, TempsDeTravail temps,
            ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal base = remuneration.traitementEtNbi();
        lignes.cotisation(CodesLignes.CNRACL, "Retraite CNRACL", base, parametres.valeur(CleParametre.CNRACL_SALARIAL),
                parametres.valeur(CleParametre.CNRACL_PATRONAL));

        BigDecimal plafondRafp = Arrondi.taux(remuneration.traitement(), parametres.valeur(CleParametre.RAFP_PLAFOND));
        BigDecimal baseRafp = remuneration.brut().subtract(base).min(plafondRafp);
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
