package fr.mutualis.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import fr.mutualis.testing.GogoShell;

/** The Gogo shell of the scope {@code mutualis} ({@link GogoShell}), and the check of a table's alignment. */
final class Gogo {

    /** Every command of the scope {@code mutualis}; a command missing here fails {@code CommandSetTest}. */
    static final List<String> COMMANDS = List.of("list", "show", "members", "add", "import", "modules", "enable",
            "disable", "delegate", "undelegate", "users", "user", "useradd", "passwd", "grant", "revoke", "unlock",
            "audit", "backup", "health", "parameters");

    private Gogo() {
    }

    /** The shell, once the core server, Gogo and every {@code mutualis} command are up. */
    static GogoShell shell() {
        return GogoShell.of("mutualis", COMMANDS);
    }

    /** Runs a command that must succeed and returns its text (what the shell would print). */
    static String ok(String command) {
        return shell().ok(command);
    }

    /**
     * Runs a command that must be refused and checks it printed exactly {@code "Erreur : " + message} on the error
     * stream, nothing else, and returned nothing.
     */
    static void refused(String command, String message) {
        shell().refused(command, message);
    }

    /**
     * Checks that a table printed with {@code Table} is aligned: the line under the headers is made of dash runs
     * separated by two spaces, each header starts (or, right-aligned, ends) on its run, and on every line the
     * columns between runs are blank.
     */
    static void assertAligned(String table, String... headers) {
        String[] lines = table.split("\n");
        String dashes = lines[1];
        assertTrue(dashes.matches("-+(  -+)*"), () -> "no dash line under the headers:\n" + table);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < dashes.length();) {
            int end = dashes.indexOf(' ', i) < 0 ? dashes.length() : dashes.indexOf(' ', i);
            runs.add(new int[] { i, end });
            i = end + 2;
        }
        assertEquals(headers.length, runs.size(), () -> "columns of\n" + table);
        for (int c = 0; c < headers.length; c++) {
            int[] run = runs.get(c);
            String cell = lines[0].substring(run[0], Math.min(run[1], lines[0].length())).strip();
            assertEquals(headers[c], cell, "header of column " + c + " in\n" + table);
        }
        for (String line : lines) {
            for (int c = 0; c + 1 < runs.size(); c++) {
                for (int p = runs.get(c)[1]; p < runs.get(c + 1)[0] && p < line.length(); p++) {
                    int column = p;
                    assertEquals(' ', line.charAt(p), () -> "column " + column + " is not blank in «" + line
                            + "» of\n" + table);
                }
            }
        }
    }
}
