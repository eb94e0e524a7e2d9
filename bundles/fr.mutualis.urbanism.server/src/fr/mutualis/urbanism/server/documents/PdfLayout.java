package fr.mutualis.urbanism.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Writes text documents with PDFBox: paragraphs wrapped to the page width, labelled fields, single-line table rows,
 * new pages as needed and a footer with page numbers. Uses the standard Helvetica font (WinAnsi encoding covers
 * French); a character it cannot encode is printed as {@code ?}.
 */
final class PdfLayout {

    private static final float MARGIN = 50;
    private static final float FOOTER = 30;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDRectangle format;
    private final String footer;
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDRectangle format, String title, String footer) {
        this.format = format;
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Mutualis");
        info.setCreationDate(Calendar.getInstance());
    }

    float width() {
        return format.getWidth() - 2 * MARGIN;
    }

    void title(String text) {
        space(4);
        for (String line : wrap(text, bold, 14, width())) {
            centered(line, bold, 14);
        }
        space(8);
    }

    void heading(String text) {
        space(6);
        paragraph(text, bold, 11);
        space(2);
    }

    void paragraph(String text) {
        paragraph(text, regular, 10);
    }

    void strong(String text) {
        paragraph(text, bold, 10);
    }

    void small(String text) {
        paragraph(text, regular, 8.5f);
    }

    void centeredStrong(String text) {
        space(4);
        centered(text, bold, 12);
        space(4);
    }

    /** {@code label : value}, the value wrapped in a column to the right of the labels. */
    void field(String label, String value) {
        float labelWidth = 150;
        List<String> lines = wrap(value == null || value.isBlank() ? "-" : value, regular, 10, width() - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(10 * LEADING);
            if (i == 0) {
                text(MARGIN, y, label, bold, 10);
            }
            text(MARGIN + labelWidth, y, lines.get(i), regular, 10);
            y -= 10 * LEADING;
        }
    }

    void space(float points) {
        y -= points;
    }

    /** A table with one line per row, cells cut to their column; the header is repeated on every page. */
    void table(float[] widths, String[] header, List<String[]> rows) {
        float size = 8;
        row(widths, header, bold, size);
        for (String[] row : rows) {
            if (y - size * LEADING < MARGIN + FOOTER) {
                newPage();
                row(widths, header, bold, size);
            }
            row(widths, row, regular, size);
        }
    }

    private void row(float[] widths, String[] cells, PDFont font, float size) {
        ensureRoom(size * LEADING);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            text(x, y, fit(cells[i] == null ? "" : cells[i], font, size, widths[i] - 4), font, size);
            x += widths[i];
        }
        y -= size * LEADING;
    }

    private void paragraph(String text, PDFont font, float size) {
        for (String block : text.split("\\R", -1)) {
            for (String line : wrap(block, font, size, width())) {
                ensureRoom(size * LEADING);
                text(MARGIN, y, line, font, size);
                y -= size * LEADING;
            }
        }
    }

    private void centered(String line, PDFont font, float size) {
        ensureRoom(size * LEADING);
        text(MARGIN + (width() - width(line, font, size)) / 2, y, line, font, size);
        y -= size * LEADING;
    }

    private void ensureRoom(float height) {
        if (content == null || y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(format);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = format.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(float x, float baseline, String text, PDFont font, float size) {
        write(content, x, baseline - size, text, font, size);
    }

    private void write(PDPageContentStream stream, float x, float baseline, String text, PDFont font, float size) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(encodable(text, font));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with "footer — page i / n" on every page. */
    byte[] toBytes() {
        try {
            if (content == null) {
                newPage();
            }
            content.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    write(stream, MARGIN, MARGIN / 2, footer + " — page " + (i + 1) + " / " + count, regular, 7.5f);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines of at most {@code maxWidth}, broken at spaces. A no-break space (U+00A0) never breaks: French typography
     * puts one before {@code ; : ! ?} and inside quotes, and dossier numbers are kept whole with them.
     */
    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String insecable = text.strip().replaceAll(" ([;:!?»])", "\u00a0$1").replace("« ", "«\u00a0");
        for (String word : insecable.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String fit(String text, PDFont font, float size, float maxWidth) {
        String single = text.replaceAll("\\s+", " ").strip();
        if (width(single, font, size) <= maxWidth) {
            return single;
        }
        String cut = single;
        while (!cut.isEmpty() && width(cut + "…", font, size) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(encodable(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot encode replaced by {@code ?}. */
    static String encodable(String text, PDFont font) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? " " : Character.toString(cp);
            try {
                font.encode(c);
                sb.append(c);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
