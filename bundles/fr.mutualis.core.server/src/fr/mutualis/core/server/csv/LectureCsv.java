package fr.mutualis.core.server.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.mutualis.core.api.DonneeInvalideException;

/**
 * Reads a CSV file a user gives (separator {@code ;}, fields quoted with {@code "} as RFC 4180 says, so a quoted
 * {@code ;} or line break stays in its field) through Apache Commons CSV. A byte order mark is skipped, blank lines
 * and lines starting with {@code #} are ignored. A badly quoted file is refused with a French message.
 */
public final class LectureCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setCommentMarker('#').setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();

    private LectureCsv() {
    }

    /** Every record of {@code csv}, with its line number; the reader is read to the end and closed. */
    public static List<LigneCsv> lire(Reader csv) {
        String texte;
        try (Reader lecteur = csv; StringWriter tout = new StringWriter()) {
            lecteur.transferTo(tout);
            texte = tout.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texte.startsWith("\uFEFF")) {
            texte = texte.substring(1);
        }
        if (!texte.endsWith("\n")) {
            texte += "\n"; // so that the parser's line count ends on the last record's line too
        }
        List<String> physiques = texte.lines().toList();
        List<LigneCsv> lignes = new ArrayList<>();
        try (CSVParser parseur = CSVParser.parse(texte, FORMAT)) {
            for (CSVRecord enregistrement : parseur) {
                int fin = (int) parseur.getCurrentLineNumber();
                int debut = fin - (int) enregistrement.stream().mapToLong(champ -> champ.chars().filter(c -> c == '\n').count()).sum();
                lignes.add(new LigneCsv(debut, enregistrement.toList(),
                        String.join("\n", physiques.subList(debut - 1, fin)).strip()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DonneeInvalideException("Fichier CSV illisible : " + e.getMessage()
                    + " (un champ entre guillemets doit se terminer par un guillemet ; un guillemet dans un champ "
                    + "s'écrit \"\").");
        }
        return lignes;
    }
}
