package fr.mutualis.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+33 1 23", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd" })
    void aCellAspreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String value) {
        assertEquals("'" + value, CsvCell.guard(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Nérondes|Nérondes", "a;b|\"a;b\"", "dit \"x\"|\"dit \"\"x\"\"\"",
            "=HYPERLINK(\"u\")|\"'=HYPERLINK(\"\"u\"\")\"" })
    void cellsAreQuotedWhenTheyHoldTheSeparatorOrAQuote(String value, String expected) {
        assertEquals(expected, CsvCell.of(value, ';'));
    }

    @ParameterizedTest
    @ValueSource(strings = { "" })
    void emptyAndNullBecomeEmpty(String value) {
        assertEquals("", CsvCell.of(value, ';'));
        assertEquals("", CsvCell.of(null, ';'));
        assertEquals("'\rx", CsvCell.guard("\rx"));
        assertEquals("\"'\rx\"", CsvCell.of("\rx", ';'));
    }
}
