package fr.mutualis.budget.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MontantsTest {

    @Test
    void amountsAreWrittenTheFrenchWay() {
        assertEquals("12 345,60 €", Montants.euros(new BigDecimal("12345.6")));
        assertEquals("0,00 €", Montants.euros(BigDecimal.ZERO));
        assertEquals("-1 000,00 €", Montants.euros(new BigDecimal("-1000")));
    }

    @Test
    void typedAmountsAcceptACommaADotAndSpaces() {
        assertEquals(Optional.of(new BigDecimal("1234.56")), Montants.lire("1 234,56"));
        assertEquals(Optional.of(new BigDecimal("10.50")), Montants.lire("10.5"));
        assertEquals(Optional.of(new BigDecimal("7.00")), Montants.lire("7 €"));
        assertEquals(Optional.empty(), Montants.lire("12,345"));
        assertEquals(Optional.empty(), Montants.lire("-3"));
        assertEquals(Optional.empty(), Montants.lire("abc"));
    }

    @Test
    void datesAreTypedAsDayMonthYear() {
        assertEquals(Optional.of(LocalDate.of(2026, 4, 15)), Montants.lireDate("15/04/2026"));
        assertEquals(Optional.empty(), Montants.lireDate("2026-04-15"));
        assertEquals("31/12/2026", Montants.date(LocalDate.of(2026, 12, 31)));
    }
}
