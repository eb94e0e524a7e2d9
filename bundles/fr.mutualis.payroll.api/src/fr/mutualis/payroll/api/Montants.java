package fr.mutualis.payroll.api;

import java.math.BigDecimal;

import fr.mutualis.core.api.Decimaux;
import fr.mutualis.core.api.DonneeInvalideException;

/** Checks shared by the value records: money is exact to the cent and never negative, rates are percentages. */
final class Montants {

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private Montants() {
    }

    /** A non-negative amount with at most two decimals, returned with exactly two. */
    static BigDecimal montant(String libelle, BigDecimal valeur) {
        BigDecimal montant = centimes(libelle, valeur);
        if (montant.signum() < 0) {
            throw new DonneeInvalideException("Montant négatif interdit pour " + libelle + " : " + montant + ".");
        }
        return montant;
    }

    /** An amount with at most two decimals (it may be negative), returned with exactly two. */
    static BigDecimal centimes(String libelle, BigDecimal valeur) {
        if (valeur == null) {
            throw new DonneeInvalideException("Montant manquant pour " + libelle + ".");
        }
        if (Decimaux.horsLimites(valeur)) {
            throw new DonneeInvalideException(Decimaux.message("Le montant pour " + libelle));
        }
        if (valeur.stripTrailingZeros().scale() > 2) {
            throw new DonneeInvalideException("Montant au-delà du centime pour " + libelle + " : " + valeur + ".");
        }
        return valeur.setScale(2);
    }

    /** A percentage between 0 and 100, or null when the line has no such rate. */
    static BigDecimal tauxOptionnel(String libelle, BigDecimal taux) {
        if (Decimaux.horsLimites(taux)) {
            throw new DonneeInvalideException(Decimaux.message("Le taux pour " + libelle));
        }
        if (taux != null && (taux.signum() < 0 || taux.compareTo(CENT) > 0)) {
            throw new DonneeInvalideException("Taux hors de [0 ; 100] % pour " + libelle + " : " + taux + ".");
        }
        return taux;
    }
}
