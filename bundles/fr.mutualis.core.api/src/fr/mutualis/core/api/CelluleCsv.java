package fr.mutualis.core.api;

/**
 * The guard every CSV cell the product writes goes through, on the server (exports) and in the client (lists
 * exported by the user): a text a spreadsheet would read as a formula, one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, gets a leading apostrophe so that it is never evaluated (OWASP,
 * "CSV Injection"). Numbers are not texts: the writers put them in the file as numbers, unguarded.
 */
public final class CelluleCsv {

    private CelluleCsv() {
    }

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula; null becomes "". */
    public static String garde(String valeur) {
        if (valeur == null || valeur.isEmpty()) {
            return "";
        }
        char premier = valeur.charAt(0);
        return premier == '=' || premier == '+' || premier == '-' || premier == '@' || premier == '\t'
                || premier == '\r' ? "'" + valeur : valeur;
    }
}
