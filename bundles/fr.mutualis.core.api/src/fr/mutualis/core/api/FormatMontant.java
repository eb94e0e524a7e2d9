package fr.mutualis.core.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way amounts are written for French readers, on screens, documents and messages: "12 345,67" (a plain space
 * between thousands, which every font and terminal shows, a comma before the cents), "12 345,67 €" with the currency.
 */
public final class FormatMontant {

    private FormatMontant() {
    }

    /** "12 345,67 €", rounded half up to the cent; "" when null. */
    public static String euros(BigDecimal montant) {
        return montant == null ? "" : montant(montant) + " €";
    }

    /** "12 345,67", "-0,50", rounded half up to the cent; "" when null. */
    public static String montant(BigDecimal montant) {
        if (montant == null) {
            return "";
        }
        String chiffres = montant.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
        String entiers = chiffres.substring(0, chiffres.length() - 3);
        StringBuilder groupe = new StringBuilder();
        for (int i = 0; i < entiers.length(); i++) {
            if (i > 0 && (entiers.length() - i) % 3 == 0) {
                groupe.append(' ');
            }
            groupe.append(entiers.charAt(i));
        }
        boolean negatif = montant.setScale(2, RoundingMode.HALF_UP).signum() < 0;
        return (negatif ? "-" : "") + groupe + "," + chiffres.substring(chiffres.length() - 2);
    }

    /** A rate written as a percentage: 0.075 becomes "7,5 %". */
    public static String pourcentage(BigDecimal taux) {
        return taux.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
