package fr.mutualis.core.server.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;

/** Writing and reading CSV through Commons CSV, with the formula-injection guard on every text cell written. */
class CsvTest {

    private static String ligne(Object... cellules) {
        String texte = new EcritureCsv().ligne(cellules).toString();
        assertTrue(texte.startsWith("\uFEFF") && texte.endsWith("\r\n"), texte);
        return texte.substring(1, texte.length() - 2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+33 1 23", "-2+3", "@SUM(A1:A2)", "\tcmd" })
    void aCellASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String valeur) {
        assertEquals("'" + valeur, EcritureCsv.garde(valeur));
        assertEquals("'" + valeur, ligne(valeur));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Nérondes|Nérondes", "a;b|\"a;b\"", "dit \"x\"|\"dit \"\"x\"\"\"",
            "=HYPERLINK(\"u\")|\"'=HYPERLINK(\"\"u\"\")\"" })
    void cellsAreQuotedWhenTheyHoldTheSeparatorOrAQuote(String valeur, String attendu) {
        assertEquals(attendu, ligne(valeur));
    }

    @Test
    void aCarriageReturnAtTheStartIsGuardedAndQuoted() {
        assertEquals("'\rx", EcritureCsv.garde("\rx"));
        assertEquals("\"'\rx\"", ligne("\rx"));
    }

    @Test
    void numbersStayNumbersWithADecimalCommaAndNullIsEmpty() {
        assertEquals("-12,50;3;x;", ligne(new BigDecimal("-12.50"), 3, "x", null));
        assertEquals("\uFEFFa\r\n\r\nb\r\n", new EcritureCsv().ligne("a").ligneVide().ligne("b").toString());
    }

    @Test
    void aQuotedSemicolonStaysInItsFieldAndLinesKeepTheirNumbers() {
        List<LigneCsv> lignes = LectureCsv.lire(new StringReader("""
                \uFEFFsection;libellé
                # commentaire

                F;"Fournitures; petit équipement";"dit ""x"" ici"
                "deux
                lignes";2
                fin;1"""));
        assertEquals(List.of(
                new LigneCsv(1, List.of("section", "libellé"), "section;libellé"),
                new LigneCsv(4, List.of("F", "Fournitures; petit équipement", "dit \"x\" ici"),
                        "F;\"Fournitures; petit équipement\";\"dit \"\"x\"\" ici\""),
                new LigneCsv(5, List.of("deux\nlignes", "2"), "\"deux\nlignes\";2"),
                new LigneCsv(7, List.of("fin", "1"), "fin;1")), lignes);
    }

    @Test
    void whatIsWrittenIsReadBack() {
        String texte = new EcritureCsv().ligne("a;b", "c\"d", new BigDecimal("1.5")).toString();
        assertEquals(List.of("a;b", "c\"d", "1,5"), LectureCsv.lire(new StringReader(texte)).get(0).champs());
    }

    @Test
    void anUnterminatedQuoteIsRefusedInFrench() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> LectureCsv.lire(new StringReader("a;\"pas fermé\nb;c\n")));
        assertTrue(e.getMessage().startsWith("Fichier CSV illisible : "), e.getMessage());
    }
}
