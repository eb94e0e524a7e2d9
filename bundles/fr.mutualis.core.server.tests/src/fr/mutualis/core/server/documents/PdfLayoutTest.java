package fr.mutualis.core.server.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.server.documents.PdfLayout.Field;
import fr.mutualis.core.server.documents.Table.Column;
import fr.mutualis.core.server.documents.Table.Style;

class PdfLayoutTest {

    private static final List<Column> BULLETIN = List.of(Column.left("Rubrique"), Column.right("Base"),
            Column.right("Taux salarial"), Column.right("À payer"), Column.right("À déduire"),
            Column.right("Taux patronal"), Column.right("Part patronale"));

    @Test
    void namesInCyrillicGreekAndLatinLigaturesPrintAsWrittenInAnEmbeddedFont() throws IOException {
        PdfLayout pdf = PdfLayout.portrait("Essai", "Commune de Brizon", "Essai");
        pdf.paragraph("Demandeur : Иван Петров");
        pdf.fields(List.of(new Field("Agent", "Αθηνά Παπαδοπούλου")), List.of(new Field("Adresse", "Rue\u00a0du Lac")));
        pdf.table(new Table(List.of(Column.left("Tiers"), Column.right("Montant")))
                .row(List.of("Œuvre du cœur — ŁUKASZEWSKI", "1 234,56")));
        byte[] bytes = pdf.toBytes();

        String texte = texte(bytes, 1, 1);
        for (String attendu : List.of("Иван Петров", "Αθηνά Παπαδοπούλου", "Œuvre du cœur — ŁUKASZEWSKI",
                "Rue du Lac", "1 234,56")) {
            assertTrue(texte.contains(attendu), attendu + " missing from " + texte);
        }
        assertFalse(texte.contains("?"), texte);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
        }
    }

    @Test
    void aCharacterOutsideTheFontPrintsAsAQuestionMarkInsteadOfFailing() {
        PdfLayout pdf = PdfLayout.portrait("Essai", "Mutualis", "Essai");
        pdf.paragraph("Nom : 山田");
        assertTrue(texte(pdf.toBytes(), 1, 1).contains("Nom : ??"));
    }

    @Test
    void columnsAreMeasuredSoThatHeadersWrapInsteadOfOverlapping() {
        Table table = new Table(BULLETIN).row(List.of("Retraite CNRACL (part salariale et part patronale)",
                "2 042,95", "11,10", "", "226,77", "37,65", "769,17"), Style.PLAIN);
        PdfLayout pdf = PdfLayout.portrait("Bulletin", "Brizon", "Bulletin");
        Typeface face = new Typeface(new PDDocument());
        float[] widths = table.widths(face, pdf.width());

        assertEquals(pdf.width(), widths[0] + widths[1] + widths[2] + widths[3] + widths[4] + widths[5] + widths[6],
                0.01);
        for (int i = 0; i < BULLETIN.size(); i++) {
            for (String mot : BULLETIN.get(i).header().split(" ")) {
                assertTrue(face.width(mot, 8, true) + 2 * Table.PADDING <= widths[i] + 0.01,
                        mot + " does not fit in column " + i + " of " + widths[i]);
            }
        }
        assertTrue(face.width("2 042,95", 8, false) + 2 * Table.PADDING <= widths[1] + 0.01, "amounts stay whole");

        pdf.table(table);
        String texte = texte(pdf.toBytes(), 1, 1);
        assertFalse(texte.contains("BaseTaux") || texte.contains("déduireTaux"), texte);
        assertTrue(texte.contains("2 042,95") && texte.contains("769,17"), texte);
    }

    @Test
    void longTablesRunOnSeveralPagesWithTheirHeaderAndPageNumbersAndMetadata() throws IOException {
        Table table = new Table(BULLETIN);
        for (int i = 1; i <= 120; i++) {
            table.row(List.of("Rubrique n° " + i, "1 000,00", "1,00", "10,00", "", "2,00", "20,00"));
        }
        PdfLayout pdf = PdfLayout.portrait("Journal de paie — janvier 2026", "Commune de Brizon",
                "Journal de paie — Brizon");
        pdf.table(table);
        pdf.signatures("L'ordonnateur", "Le comptable public");
        byte[] bytes = pdf.toBytes();

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            assertEquals("Journal de paie — janvier 2026", document.getDocumentInformation().getTitle());
            assertEquals("Commune de Brizon", document.getDocumentInformation().getAuthor());
            assertNotNull(document.getDocumentInformation().getCreationDate());
            for (int page = 1; page <= pages; page++) {
                String texte = texte(bytes, page, page);
                assertTrue(texte.contains("Journal de paie — Brizon — page " + page + " / " + pages), texte);
                assertTrue(texte.contains("Rubrique Base"), "header repeated on page " + page + ": " + texte);
            }
            assertTrue(texte(bytes, pages, pages).contains("Le comptable public"));
        }
        List<String> toutes = new ArrayList<>();
        String texte = texte(bytes, 1, 99);
        for (int i = 1; i <= 120; i++) {
            toutes.add("Rubrique n° " + i + " ");
        }
        toutes.forEach(r -> assertTrue(texte.contains(r), r));
    }

    private static String texte(byte[] pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
