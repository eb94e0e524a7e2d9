package fr.mutualis.core.server.documents;

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
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import fr.mutualis.core.server.documents.Table.Row;
import fr.mutualis.core.server.documents.Table.Style;

/**
 * The one page layout of Mutualis documents (payslips, bordereaux, arrêtés, registers...), written from top to
 * bottom: titles, paragraphs wrapped to the page width, labelled fields, measured {@link Table tables} whose header
 * is repeated on every page, a signature block; a new page whenever the current one is full. Every page gets the
 * document title as a running header and "footer — page n / N" at the bottom; the document carries title, author and
 * creation date. Text is in the embedded Unicode {@link Typeface}, so names in any European script print as written.
 */
public final class PdfLayout {

    /** A label and its value, for {@link PdfLayout#fields(List, List)}. */
    public record Field(String label, String value) {
    }

    private static final float MARGIN = 45;
    private static final float TOP = 50;
    private static final float BOTTOM = 55;
    private static final float LEADING = 1.3f;
    private static final float LABEL_WIDTH = 150;
    private static final float SIGNATURE_SPACE = 50;

    private final PDDocument document = new PDDocument();
    private final Typeface face = new Typeface(document);
    private final PDRectangle format;
    private final String title;
    private final String footer;
    private PDPageContentStream content;
    private float y;

    private PdfLayout(PDRectangle format, String title, String author, String footer) {
        this.format = format;
        this.title = title;
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Mutualis");
        info.setCreationDate(Calendar.getInstance());
    }

    /**
     * @param title  the document's title (metadata and running header)
     * @param author who issues it, e.g. "Commune de Brizon"
     * @param footer what the footer says before "— page n / N"
     */
    public static PdfLayout portrait(String title, String author, String footer) {
        return new PdfLayout(PDRectangle.A4, title, author, footer);
    }

    public static PdfLayout landscape(String title, String author, String footer) {
        return new PdfLayout(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), title, author,
                footer);
    }

    /** Width between the margins, in points. */
    public float width() {
        return format.getWidth() - 2 * MARGIN;
    }

    public void title(String text) {
        space(4);
        for (String line : face.wrap(text, 14, true, width())) {
            centered(line, 14);
        }
        space(8);
    }

    public void heading(String text) {
        space(6);
        lines(text, 11, true);
        space(2);
    }

    public void paragraph(String text) {
        lines(text, 10, false);
    }

    public void strong(String text) {
        lines(text, 10, true);
    }

    public void small(String text) {
        lines(text, 8.5f, false);
    }

    public void centeredStrong(String text) {
        space(4);
        centered(text, 12);
        space(4);
    }

    /** {@code label  value}, the value wrapped in a column to the right of the labels. */
    public void field(String label, String value) {
        List<String> lines = face.wrap(value == null || value.isBlank() ? "-" : value, 10, false,
                width() - LABEL_WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            room(10 * LEADING);
            if (i == 0) {
                text(MARGIN, label, 10, true);
            }
            text(MARGIN + LABEL_WIDTH, lines.get(i), 10, false);
            y -= 10 * LEADING;
        }
    }

    /** Two blocks of "label : value" side by side (e.g. employer and employee), values in bold. */
    public void fields(List<Field> left, List<Field> right) {
        float half = width() / 2;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Field a = i < left.size() ? left.get(i) : null;
            Field b = i < right.size() ? right.get(i) : null;
            List<String> linesA = fieldLines(a, half);
            List<String> linesB = fieldLines(b, half);
            int count = Math.max(linesA.size(), linesB.size());
            room(count * 9 * LEADING);
            float top = y;
            field(MARGIN, a, linesA);
            y = top;
            field(MARGIN + half, b, linesB);
            y = top - count * 9 * LEADING;
        }
    }

    private List<String> fieldLines(Field field, float width) {
        return field == null ? List.of()
                : face.wrap(field.value() == null ? "" : field.value(), 9, true,
                        width - 8 - face.width(field.label() + " : ", 9, false));
    }

    private void field(float x, Field field, List<String> lines) {
        if (field == null) {
            return;
        }
        String label = field.label() + " : ";
        text(x, label, 9, false);
        for (String line : lines) {
            text(x + face.width(label, 9, false), line, 9, true);
            y -= 9 * LEADING;
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** Goes on at the top of a new page (e.g. the next payslip of a month printed as one document). */
    public void pageBreak() {
        newPage();
    }

    /** A thin line across the page. */
    public void rule() {
        room(6);
        y -= 3;
        try {
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width(), y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 3;
    }

    /** The table with its header on a grey band, repeated at the top of every page the table runs onto. */
    public void table(Table table) {
        float[] widths = table.widths(face, width());
        Row header = table.header();
        List<List<String>> headerCells = cells(table, header, widths);
        List<Row> rows = table.rows();
        float first = rows.isEmpty() ? 0 : height(table, cells(table, rows.get(0), widths));
        room(height(table, headerCells) + first);
        row(table, header, headerCells, widths);
        for (Row row : rows) {
            List<List<String>> cells = cells(table, row, widths);
            if (y - height(table, cells) < BOTTOM) {
                newPage();
                row(table, header, headerCells, widths);
            }
            row(table, row, cells, widths);
        }
    }

    private List<List<String>> cells(Table table, Row row, float[] widths) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            cells.add(face.wrap(row.cells().get(i), table.size(), row.style() != Style.PLAIN,
                    widths[i] - 2 * Table.PADDING));
        }
        return cells;
    }

    private static float height(Table table, List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * table.size() * LEADING + 2 * Table.PADDING;
    }

    private void row(Table table, Row row, List<List<String>> cells, float[] widths) {
        float height = height(table, cells);
        float size = table.size();
        boolean bold = row.style() != Style.PLAIN;
        try {
            if (row.style() == Style.BAND) {
                content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                content.addRect(MARGIN, y - height, width(), height);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float top = y;
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            y = top - Table.PADDING;
            for (String line : cells.get(i)) {
                float dx = table.columns().get(i).right()
                        ? widths[i] - Table.PADDING - face.width(line, size, bold) : Table.PADDING;
                text(x + dx, line, size, bold);
                y -= size * LEADING;
            }
            x += widths[i];
        }
        y = top - height;
    }

    /**
     * Places for signatures side by side, each with its caption (e.g. "Le maire," or "Visa du comptable public") and
     * room to sign below; kept on one page.
     */
    public void signatures(String... captions) {
        float column = width() / captions.length;
        List<List<String>> lines = new ArrayList<>();
        for (String caption : captions) {
            lines.add(face.wrap(caption, 10, false, column - 10));
        }
        int count = lines.stream().mapToInt(List::size).max().orElse(1);
        space(10);
        room(count * 10 * LEADING + SIGNATURE_SPACE);
        float top = y;
        for (int i = 0; i < captions.length; i++) {
            y = top;
            for (String line : lines.get(i)) {
                text(MARGIN + i * column, line, 10, false);
                y -= 10 * LEADING;
            }
        }
        y = top - count * 10 * LEADING - SIGNATURE_SPACE;
    }

    /** The finished document, with running header and "footer — page n / N" on every page. */
    public byte[] toBytes() {
        try (document) {
            if (content == null) {
                newPage();
            }
            content.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = stream;
                    stream.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    y = format.getHeight() - TOP / 2 + 7.5f;
                    String head = face.wrap(title, 7.5f, false, width()).get(0);
                    text(MARGIN + width() - face.width(head, 7.5f, false), head, 7.5f, false);
                    y = BOTTOM / 2 + 7.5f;
                    for (String line : face.wrap(footer + " — page " + (i + 1) + " / " + count, 7.5f, false,
                            width())) {
                        text(MARGIN, line, 7.5f, false);
                        y -= 7.5f * LEADING;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(String text, float size, boolean bold) {
        for (String line : face.wrap(text, size, bold, width())) {
            room(size * LEADING);
            text(MARGIN, line, size, bold);
            y -= size * LEADING;
        }
    }

    private void centered(String line, float size) {
        room(size * LEADING);
        text(MARGIN + (width() - face.width(line, size, true)) / 2, line, size, true);
        y -= size * LEADING;
    }

    /** Starts a new page when less than {@code height} is left on this one. */
    private void room(float height) {
        if (content == null || y - height < BOTTOM) {
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
            y = format.getHeight() - TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text whose top is at {@code y}. */
    private void text(float x, String text, float size, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        try {
            if (bold) {
                content.setLineWidth(size * 0.03f);
            }
            content.beginText();
            content.setFont(face.font(), size);
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            content.newLineAtOffset(x, y - size * 0.9f);
            content.showText(face.printable(text));
            if (bold) {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
