package fr.mutualis.payroll.server.parametres;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mutualis.core.api.DonneeInvalideException;

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
    /** A grid of rates by tranche (values are {@link Bareme}, not numbers). */
    BAREME;

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    /**
     * A value of this unit as written in a parameter file: an exact decimal number (a JSON number, never a string).
     *
     * @throws DonneeInvalideException when it is not a number or does not fit the unit
     */
    BigDecimal lire(JsonNode valeur) {
        BigDecimal nombre = nombre(valeur, "valeur");
        probleme(nombre).ifPresent(probleme -> {
            throw new DonneeInvalideException(probleme);
        });
        return nombre;
    }

    static BigDecimal nombre(JsonNode noeud, String champ) {
        if (noeud == null || !noeud.isNumber()) {
            throw new DonneeInvalideException("« " + champ + " » manquant ou non numérique (nombre attendu"
                    + (noeud == null ? "" : ", reçu " + noeud) + ")");
        }
        return noeud.decimalValue();
    }

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
