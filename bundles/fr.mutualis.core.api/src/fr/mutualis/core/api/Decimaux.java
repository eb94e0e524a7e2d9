package fr.mutualis.core.api;

import java.math.BigDecimal;

/**
 * Guards for the decimal numbers of the value records, checked before any arithmetic. A record's constructor also
 * runs when the server reads a request: {@code 1E+100000000} costs nothing to send, but rounding it to the cent
 * (or printing it) builds a number of a hundred million digits. Amounts and rates of a back office stay far below
 * these bounds.
 */
public final class Decimaux {

    /** Digits before the decimal point: up to 10^15 (a billion euros is 10^9). */
    public static final int CHIFFRES_ENTIERS = 15;
    /** Digits after the decimal point. */
    public static final int DECIMALES = 10;

    private Decimaux() {
    }

    /** True when the number is too large or too precise to be a real amount, rate or quantity; cheap on any input. */
    public static boolean horsLimites(BigDecimal valeur) {
        return valeur != null && (valeur.unscaledValue().bitLength() > 128 || valeur.scale() > DECIMALES
                || valeur.scale() < -CHIFFRES_ENTIERS || valeur.precision() - valeur.scale() > CHIFFRES_ENTIERS);
    }

    /** The French message for {@link #horsLimites}, naming the field but not quoting the absurd number. */
    public static String message(String champ) {
        return champ + " hors limites : " + CHIFFRES_ENTIERS + " chiffres avant la virgule et " + DECIMALES
                + " décimales au plus.";
    }
}
