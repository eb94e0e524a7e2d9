package fr.mutualis.core.api;

/**
 * One cell of a CSV file the product writes, guarded against formula injection: a value starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula by a spreadsheet, so it gets a
 * leading apostrophe (OWASP's advice). Then the value is quoted when it holds the separator, a quote or a line break.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula; null becomes "". */
    public static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** The guarded value, quoted as RFC 4180 asks when it holds {@code separator}, a quote or a line break. */
    public static String of(String value, char separator) {
        String guarded = guard(value);
        if (guarded.indexOf(separator) >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }
}
