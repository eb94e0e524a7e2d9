package fr.mutualis.urbanism.server.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in French messages and history entries: {@code 15/03/2026}. */
final class Textes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Textes() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
