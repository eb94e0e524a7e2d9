package fr.mutualis.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FormatMontantTest {

    @Test
    void amountsAreWrittenTheFrenchWay() {
        assertEquals("0,00 €", FormatMontant.euros(new BigDecimal("0.00")));
        assertEquals("999,99 €", FormatMontant.euros(new BigDecimal("999.99")));
        assertEquals("1 000,00 €", FormatMontant.euros(new BigDecimal("1000")));
        assertEquals("1 234 567,05 €", FormatMontant.euros(new BigDecimal("1234567.05")));
        assertEquals("-12 345,60 €", FormatMontant.euros(new BigDecimal("-12345.6")));
        assertEquals("7,5 %", FormatMontant.pourcentage(new BigDecimal("0.075")));
        assertEquals("5 %", FormatMontant.pourcentage(new BigDecimal("0.05")));
    }

    @Test
    void amountsWithoutCurrencyAreRoundedToTheCentAndNullIsEmpty() {
        assertEquals("1 969,11", FormatMontant.montant(new BigDecimal("1969.11")));
        assertEquals("0,01", FormatMontant.montant(new BigDecimal("0.005")));
        assertEquals("0,00", FormatMontant.montant(new BigDecimal("-0.004")));
        assertEquals("-12,50", FormatMontant.montant(new BigDecimal("-12.5")));
        assertEquals("", FormatMontant.montant(null));
        assertEquals("", FormatMontant.euros(null));
    }
}
