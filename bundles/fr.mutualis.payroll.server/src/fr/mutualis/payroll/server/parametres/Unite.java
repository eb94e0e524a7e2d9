package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;
import java.util.Optional;

/** What a parameter value measures, and which values are acceptable for it. */
public enum Unite {
    /** An amount in euros, at most two decimals. */
    EUROS,
    /** A rate in percent, between 0 and 100 (11.10 means 11.10 %). */
    POURCENTAGE,
    /** An indice majoré (whole number). */
    INDICE,
    /** A weekly number of hours. */
    HEURES,
    /** A plain whole number (headcount, multiple of the PMSS). */
    NOMBRE,
    /** A grid of rates by tranche (values are {@link VersionBareme}, not numbers). */
    BAREME;

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    /** Why the value does not fit this unit, in French, or empty when it fits. */
    Optional<String> probleme(BigDecimal valeur) {
        if (valeur.signum() < 0) {
            return Optional.of("valeur négative (" + valeur.toPlainString() + ")");
        }
        return switch (this) {
            case EUROS -> valeur.stripTrailingZeros().scale() > 2
                    ? Optional.of("montant au-delà du centime (" + valeur.toPlainString() + ")")
                    : Optional.empty();
            case POURCENTAGE -> valeur.compareTo(CENT) > 0
                    ? Optional.of("taux supérieur à 100 % (" + valeur.toPlainString() + ")")
                    : Optional.empty();
            case INDICE, NOMBRE -> valeur.stripTrailingZeros().scale() > 0
                    ? Optional.of("nombre entier attendu (" + valeur.toPlainString() + ")")
                    : Optional.empty();
            case HEURES -> valeur.signum() == 0 ? Optional.of("durée nulle") : Optional.empty();
            case BAREME -> Optional.of("un barème n'a pas de valeur simple");
        };
    }
}
