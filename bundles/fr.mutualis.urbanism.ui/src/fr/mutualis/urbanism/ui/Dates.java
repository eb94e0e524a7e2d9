package fr.mutualis.urbanism.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import fr.mutualis.core.api.DonneeInvalideException;

/** Dates as French users read and type them ({@code 15/03/2026}), on the Paris calendar the server uses. */
public final class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(PARIS);

    private Dates() {
    }

    public static LocalDate aujourdhui() {
        return LocalDate.now(PARIS);
    }

    /** {@code 15/03/2026}; empty for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 15/03/2026 14:05}, Paris time. */
    public static String format(Instant instant) {
        return instant == null ? "" : HORODATAGE.format(instant);
    }

    /**
     * Reads a date typed as {@code jj/mm/aaaa} (1 or 2 digits for day and month are accepted).
     *
     * @param quoi what the date is, to start the message, e.g. "Date de dépôt"
     */
    public static LocalDate lire(String texte, String quoi) {
        String saisie = texte == null ? "" : texte.strip();
        if (saisie.isEmpty()) {
            throw new DonneeInvalideException(quoi + " manquante.");
        }
        String[] parties = saisie.split("/");
        try {
            if (parties.length == 3 && parties[2].length() == 4) {
                return LocalDate.parse(String.format("%2s/%2s/%s", parties[0], parties[1], parties[2]).replace(' ', '0'),
                        DATE);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new DonneeInvalideException(quoi + " invalide : « " + saisie + " ». Attendu : jj/mm/aaaa, ex. "
                + format(aujourdhui()) + ".");
    }
}
