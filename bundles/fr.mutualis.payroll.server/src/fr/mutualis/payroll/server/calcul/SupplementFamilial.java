package fr.mutualis.payroll.server.calcul;

import java.math.BigDecimal;

import fr.mutualis.payroll.server.parametres.CleParametre;

/**
 * Supplément familial de traitement (décret 85-1148, art. 10 bis): a fixed part plus a share of the treatment of
 * (IM + NBI points) held between the floor and ceiling indexes. Not prorated (Mutualis convention).
 */
final class SupplementFamilial {

    private SupplementFamilial() {
    }

    /** The SFT for {@code enfants} children (at least one). */
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
