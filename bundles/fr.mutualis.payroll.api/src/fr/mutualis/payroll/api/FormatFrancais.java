package fr.mutualis.payroll.api;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.mutualis.core.api.FormatMontant;

/**
 * How amounts, rates and dates are written on payroll documents and screens: "1 969,11", "11,10", "janvier 2026",
 * "31/01/2026". The grouping separator is a plain space, which every font and terminal shows.
 */
public final class FormatFrancais {

    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private FormatFrancais() {
    }

    /** An amount in euros with two decimals ({@link FormatMontant#montant(BigDecimal)}), or "" when null. */
    public static String montant(BigDecimal montant) {
        return FormatMontant.montant(montant);
    }

    /** A rate in percent with at least two decimals ("11,10", "0,50", "2,9" becomes "2,90"), or "" when null. */
    public static String taux(BigDecimal taux) {
        return taux == null ? "" : format("0.00##").format(taux);
    }

    /** "janvier 2026". */
    public static String mois(YearMonth mois) {
        return MOIS.format(mois);
    }

    /** "de janvier 2026", "d'avril 2026", "d'août 2026", "d'octobre 2026": the month after "paie", "bulletin"… */
    public static String deMois(YearMonth mois) {
        String nom = mois(mois);
        return "aeiouâéèêîô".indexOf(nom.charAt(0)) >= 0 ? "d'" + nom : "de " + nom;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symboles.setGroupingSeparator(' ');
        symboles.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symboles);
        format.setParseBigDecimal(true);
        return format;
    }
}
