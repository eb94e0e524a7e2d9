package fr.mutualis.budget.server.regles;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes amounts the French way in user messages: "12 345,67 €" (space as thousands separator, comma, two decimals). */
public final class FormatMontant {

    private FormatMontant() {
    }

    public static String euros(BigDecimal montant) {
        String chiffres = montant.setScale(2, RoundingMode.UNNECESSARY).abs().toPlainString();
        String entiers = chiffres.substring(0, chiffres.length() - 3);
        StringBuilder groupe = new StringBuilder();
        for (int i = 0; i < entiers.length(); i++) {
            if (i > 0 && (entiers.length() - i) % 3 == 0) {
                groupe.append(' ');
            }
            groupe.append(entiers.charAt(i));
        }
        return (montant.signum() < 0 ? "-" : "") + groupe + "," + chiffres.substring(chiffres.length() - 2) + " €";
    }

    /** A rate written as a percentage: 0.075 becomes "7,5 %". */
    public static String pourcentage(BigDecimal taux) {
        return taux.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
