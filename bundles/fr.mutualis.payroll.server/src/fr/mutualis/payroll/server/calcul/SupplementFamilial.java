package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.api.SituationAgent;
import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Supplément familial de traitement (décret 85-1148, art. 10 and 10 bis): a fixed part plus a share of the treatment
 * of (IM + NBI points) held between the floor and ceiling indexes, then prorated like the treatment: by the hours of a
 * post à temps non complet (without floor), by the share of the pay of a temps partiel (6/7 at 80 %, 32/35 at 90 %,
 * CGFP art. L612-5), never below what a full-time agent with the same children gets at the minimum, that is the
 * amount at the floor index (décret 85-1148 art. 10 bis).
 */
final class SupplementFamilial {

    private SupplementFamilial() {
    }

    /** The SFT of the agent (at least one child). */
    static BigDecimal montant(SituationAgent situation, TempsDeTravail temps, ParametresDuMois parametres) {
        int enfants = situation.nombreEnfants();
        BigDecimal tempsComplet = montant(enfants, situation.indiceMajore(), situation.pointsNbi(), parametres);
        BigDecimal proratise = temps.remuneration(tempsComplet);
        BigDecimal tempsCompletHeures = parametres.valeur(CleParametre.DUREE_TEMPS_COMPLET);
        boolean tempsPartiel = situation.quotite().compareTo(BigDecimal.ONE) < 0
                && situation.heuresHebdomadairesPoste().compareTo(tempsCompletHeures) == 0;
        if (tempsPartiel) {
            int plancher = parametres.valeur(CleParametre.SFT_INDICE_PLANCHER).intValueExact();
            return proratise.max(montant(enfants, plancher, 0, parametres));
        }
        return proratise;
    }

    /** The full-time SFT for {@code enfants} children (at least one). */
    static BigDecimal montant(int enfants, int indiceMajore, int pointsNbi, ParametresDuMois parametres) {
        int plancher = parametres.valeur(CleParametre.SFT_INDICE_PLANCHER).intValueExact();
        int plafond = parametres.valeur(CleParametre.SFT_INDICE_PLAFOND).intValueExact();
        int indice = Math.min(Math.max(indiceMajore + pointsNbi, plancher), plafond);
        BigDecimal traitement = TempsDeTravail.traitementTempsComplet(indice,
                parametres.valeur(CleParametre.POINT_INDICE));
        return partFixe(enfants, parametres).add(Arrondi.taux(traitement, taux(enfants, parametres)));
    }

    private static BigDecimal partFixe(int enfants, ParametresDuMois parametres) {
        return switch (enfants) {
            case 1 -> parametres.valeur(CleParametre.SFT_FIXE_UN_ENFANT);
            case 2 -> parametres.valeur(CleParametre.SFT_FIXE_DEUX_ENFANTS);
            default -> parametres.valeur(CleParametre.SFT_FIXE_TROIS_ENFANTS)
                    .add(parametres.valeur(CleParametre.SFT_FIXE_ENFANT_SUPPLEMENTAIRE)
                            .multiply(BigDecimal.valueOf(enfants - 3)));
        };
    }

    private static BigDecimal taux(int enfants, ParametresDuMois parametres) {
        return switch (enfants) {
            case 1 -> parametres.valeur(CleParametre.SFT_TAUX_UN_ENFANT);
            case 2 -> parametres.valeur(CleParametre.SFT_TAUX_DEUX_ENFANTS);
            default -> parametres.valeur(CleParametre.SFT_TAUX_TROIS_ENFANTS)
                    .add(parametres.valeur(CleParametre.SFT_TAUX_ENFANT_SUPPLEMENTAIRE)
                            .multiply(BigDecimal.valueOf(enfants - 3)));
        };
    }
}
