package fr.mutualis.core.console;

import java.util.ArrayList;
import java.util.List;

import fr.mutualis.core.api.SafeText;

/** Plain-text table with aligned columns for console output; control characters in cells are escapes. */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    public Table(String... headers) {
        rows.add(headers);
        rightAligned = new boolean[headers.length];
    }

    /** Aligns a column to the right (numbers, amounts). */
    public Table right(int column) {
        rightAligned[column] = true;
        return this;
    }

    public Table row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            // data typed by others (logins, names, journal entries) never moves the cursor or breaks a line
            row[i] = cells[i] == null ? "" : SafeText.escape(cells[i].toString());
        }
        rows.add(row);
        return this;
    }

    public int size() {
        return rows.size() - 1;
    }

    @Override
    public String toString() {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(rightAligned[i] ? pad + cell : cell + (i == row.length - 1 ? "" : pad));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                for (int i = 0; i < widths.length; i++) {
                    sb.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "  " : "");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
