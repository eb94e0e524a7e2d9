package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Contributions of an agent under the régime général (contractuel, or fonctionnaire below the CNRACL threshold):
 * vieillesse capped at the prorated PMSS and uncapped, employer URSSAF on gross, IRCANTEC on gross minus SFT
 * (tranche A up to the PMSS, tranche B above it up to a multiple of it), CNFPT and centre de gestion.
 */
final class CotisationsRegimeGeneral {

    private CotisationsRegimeGeneral() {
    }

    static void ajouter(SituationAgent situation, Remuneration remuneration, TempsDeTravail temps,
            ParametresDuMois parametres, LignesEnCours lignes) {
        BigDecimal brut = remuneration.brut();
        BigDecimal pmss = temps.proratiser(parametres.valeur(CleParametre.PMSS));
        lignes.cotisation(CodesLignes.VIEILLESSE_PLAFONNEE, "Assurance vieillesse plafonnée", brut.min(pmss),
                parametres.valeur(CleParametre.VIEILLESSE_PLAFONNEE_SALARIAL),
                parametres.valeur(CleParametre.VIEILLESSE_PLAFONNEE_PATRONAL));
        lignes.cotisation(CodesLignes.VIEILLESSE_DEPLAFONNEE, "Assurance vieillesse déplafonnée", brut,
                parametres.valeur(CleParametre.VIEILLESSE_DEPLAFONNEE_SALARIAL),
                parametres.valeur(CleParametre.VIEILLESSE_DEPLAFONNEE_PATRONAL));
        CotisationsPatronalesUrssaf.ajouter(brut, CleParametre.MALADIE_REGIME_GENERAL, pmss,
                situation.effectifEmployeur(), parametres, lignes);

        BigDecimal baseIrcantec = brut.subtract(remuneration.supplementFamilial());
        lignes.cotisation(CodesLignes.IRCANTEC_A, "IRCANTEC tranche A", baseIrcantec.min(pmss),
                parametres.valeur(CleParametre.IRCANTEC_A_SALARIAL),
                parametres.valeur(CleParametre.IRCANTEC_A_PATRONAL));
        BigDecimal plafondTrancheB = pmss.multiply(parametres.valeur(CleParametre.IRCANTEC_B_PLAFOND));
        BigDecimal trancheB = baseIrcantec.min(plafondTrancheB).subtract(pmss);
        if (trancheB.signum() > 0) {
            lignes.cotisation(CodesLignes.IRCANTEC_B, "IRCANTEC tranche B", trancheB,
                    parametres.valeur(CleParametre.IRCANTEC_B_SALARIAL),
                    parametres.valeur(CleParametre.IRCANTEC_B_PATRONAL));
        }
        CotisationsCollectivite.ajouter(brut, parametres, lignes);
    }
}
