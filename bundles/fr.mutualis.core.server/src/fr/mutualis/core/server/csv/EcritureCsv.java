package fr.mutualis.core.server.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import fr.mutualis.core.api.CelluleCsv;

/**
 * A CSV file the product writes, for a French spreadsheet: UTF-8 with a byte order mark (so the accents are read),
 * {@code ;} as separator, CRLF line ends, quoting by Apache Commons CSV. Every text cell is guarded against formula
 * injection: one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe so that a spreadsheet never evaluates it (OWASP's advice). Numbers stay numbers: a {@link BigDecimal}
 * is written in plain notation with a decimal comma (a negative amount stays a number), an integer as it is.
 */
public final class EcritureCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setRecordSeparator("\r\n").setQuoteMode(QuoteMode.MINIMAL).get();

    private final StringBuilder texte = new StringBuilder("\uFEFF");
    private final CSVPrinter imprimante;

    public EcritureCsv() {
        try {
            imprimante = new CSVPrinter(texte, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one row; null cells are empty. */
    public EcritureCsv ligne(Object... cellules) {
        List<String> valeurs = new ArrayList<>(cellules.length);
        for (Object cellule : cellules) {
            valeurs.add(cellule(cellule));
        }
        try {
            imprimante.printRecord(valeurs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds an empty row (between blocks of a file). */
    public EcritureCsv ligneVide() {
        try {
            imprimante.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file as text, starting with the byte order mark. */
    @Override
    public String toString() {
        return texte.toString();
    }

    /** The file as UTF-8 bytes. */
    public byte[] octets() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cellule(Object valeur) {
        return switch (valeur) {
            case null -> "";
            case BigDecimal nombre -> nombre.toPlainString().replace('.', ',');
            case Integer n -> n.toString();
            case Long n -> n.toString();
            default -> garde(valeur.toString());
        };
    }

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula: {@link CelluleCsv#garde}. */
    public static String garde(String valeur) {
        return CelluleCsv.garde(valeur);
    }
}
