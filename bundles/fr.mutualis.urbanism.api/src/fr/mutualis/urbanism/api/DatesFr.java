package fr.mutualis.urbanism.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as French users read them in messages: {@code 15/03/2024}. */
final class DatesFr {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DatesFr() {
    }

    static String format(LocalDate date) {
        return FORMAT.format(date);
    }
}
