package fr.mutualis.budget.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts and dates as users read and type them: "12 345,67 €", "1234,5", "15/04/2026". */
public final class Montants {

    private static final Pattern SAISIE = Pattern.compile("\\d{1,13}([.,]\\d{1,2})?");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Montants() {
    }

    /** "12 345,67 €" (a plain space between thousands, a comma before the cents). */
    public static String euros(BigDecimal montant) {
        String chiffres = montant.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
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

    /** A positive or zero amount typed with a comma or a dot and at most two decimals; empty when unreadable. */
    public static Optional<BigDecimal> lire(String saisie) {
        String texte = saisie == null ? "" : saisie.replace(" ", "").replace("\u00A0", "").replace("\u202F", "")
                .replace("€", "");
        if (!SAISIE.matcher(texte).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(texte.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : JOUR.format(date);
    }

    /** A date typed as JJ/MM/AAAA; empty when unreadable. */
    public static Optional<LocalDate> lireDate(String saisie) {
        try {
            return Optional.of(LocalDate.parse(saisie == null ? "" : saisie.strip(), JOUR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
