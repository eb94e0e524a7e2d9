package fr.mutualis.budget.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.mutualis.core.api.FormatMontant;

/** Amounts and dates as users read and type them: "12 345,67 €", "1234,5", "15/04/2026". */
public final class Montants {

    private static final Pattern SAISIE = Pattern.compile("\\d{1,13}([.,]\\d{1,2})?");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Montants() {
    }

    /** "12 345,67 €": {@link FormatMontant#euros(BigDecimal)}, the one French amount format. */
    public static String euros(BigDecimal montant) {
        return FormatMontant.euros(montant);
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
