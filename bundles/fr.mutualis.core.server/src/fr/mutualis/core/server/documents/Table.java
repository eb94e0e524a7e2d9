package fr.mutualis.core.server.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to print with {@link PdfLayout#table(Table)}: columns with a header and an alignment, rows of text cells.
 * Column widths are not given but measured from the contents when printed: every column gets at least its longest
 * word (amounts, right-aligned, their whole text), the rest of the width goes to the columns whose text is longest,
 * and any cell or header that is still too long wraps onto several lines instead of overlapping its neighbour.
 */
public final class Table {

    /** How a row is drawn: plain, bold, or bold on a grey band (sections and headers). */
    public enum Style {
        PLAIN, BOLD, BAND
    }

    /** A column: its header and whether its cells are right-aligned (amounts, counts, rates). */
    public record Column(String header, boolean right) {

        public static Column left(String header) {
            return new Column(header, false);
        }

        public static Column right(String header) {
            return new Column(header, true);
        }
    }

    /** A row of cells, one per column, in a style. */
    public record Row(List<String> cells, Style style) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }
    }

    static final float PADDING = 3;

    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private final float size;

    public Table(float size, List<Column> columns) {
        this.size = size;
        this.columns = List.copyOf(columns);
    }

    public Table(List<Column> columns) {
        this(8, columns);
    }

    public Table row(List<String> cells) {
        return row(cells, Style.PLAIN);
    }

    /** @throws IllegalArgumentException when the row has not one cell per column */
    public Table row(List<String> cells, Style style) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
        rows.add(new Row(cells, style));
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    float size() {
        return size;
    }

    Row header() {
        return new Row(columns.stream().map(Column::header).toList(), Style.BAND);
    }

    /** Column widths summing to {@code available}, measured with {@code face}. */
    float[] widths(Typeface face, float available) {
        int n = columns.size();
        float[] least = new float[n];
        float[] natural = new float[n];
        Row header = header();
        List<Row> all = new ArrayList<>(rows);
        all.add(header);
        for (Row row : all) {
            boolean bold = row.style() != Style.PLAIN;
            for (int i = 0; i < n; i++) {
                String cell = row.cells().get(i);
                float whole = face.width(cell, size, bold) + 2 * PADDING;
                natural[i] = Math.max(natural[i], whole);
                boolean amount = columns.get(i).right() && row != header;
                float longest = amount ? whole : longestWord(face, cell, bold) + 2 * PADDING;
                least[i] = Math.max(least[i], longest);
            }
        }
        float sumLeast = sum(least);
        float sumNatural = sum(natural);
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            if (sumNatural <= available) {
                widths[i] = natural[i] + (available - sumNatural) * natural[i] / sumNatural;
            } else if (sumLeast <= available) {
                float stretch = sumNatural - sumLeast;
                widths[i] = least[i] + (available - sumLeast) * (natural[i] - least[i]) / stretch;
            } else {
                widths[i] = least[i] * available / sumLeast;
            }
        }
        return widths;
    }

    private float longestWord(Typeface face, String text, boolean bold) {
        float longest = 0;
        for (String word : text.split("[ \\t\\n]+")) {
            longest = Math.max(longest, face.width(word, size, bold));
        }
        return longest;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
