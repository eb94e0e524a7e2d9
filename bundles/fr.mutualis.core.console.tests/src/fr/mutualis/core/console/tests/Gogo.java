package fr.mutualis.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

import fr.mutualis.testing.OsgiServices;

/**
 * A Gogo session on the framework's {@link CommandProcessor}, as an administrator at the server console has: each
 * command's result, what it printed on the session's output and on its error stream. Gogo's ThreadIO routes
 * {@code System.out}/{@code System.err} of the thread running a command to the session's streams, which is how the
 * commands' "Erreur : ..." lines reach the administrator.
 */
final class Gogo {

    /** Every command of the scope {@code mutualis}; a command missing here fails {@code CommandSetTest}. */
    static final List<String> COMMANDS = List.of("list", "show", "members", "add", "import", "modules", "enable",
            "disable", "delegate", "undelegate", "users", "user", "useradd", "passwd", "grant", "revoke", "unlock",
            "audit", "backup", "health", "parameters");

    /** What one command gave back. */
    record Result(Object value, String out, String err) {
    }

    private static Gogo shell;

    private final CommandSession session;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Gogo(CommandProcessor processor) {
        session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The shell, once the core server, Gogo and every {@code mutualis} command are up. */
    static synchronized Gogo shell() {
        if (shell == null) {
            CommandProcessor processor = OsgiServices.service(CommandProcessor.class);
            for (String function : COMMANDS) {
                OsgiServices.await("the command mutualis:" + function, () -> OsgiServices.hasService(
                        "(&(osgi.command.scope=mutualis)(osgi.command.function=" + function + "))"));
            }
            shell = new Gogo(processor);
        }
        return shell;
    }

    synchronized Result execute(String command) {
        out.reset();
        err.reset();
        try {
            Object value = session.execute(command);
            return new Result(value, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(command + " failed in Gogo itself: " + e, e);
        }
    }

    /** Runs a command that must succeed and returns its text (what the shell would print). */
    static String ok(String command) {
        Result r = shell().execute(command);
        assertEquals("", r.err(), () -> command + " printed an error");
        assertEquals("", r.out(), () -> command + " printed on the output instead of returning its text");
        assertNotNull(r.value(), command);
        return r.value().toString();
    }

    /**
     * Runs a command that must be refused and checks it printed exactly {@code "Erreur : " + message} on the error
     * stream, nothing else, and returned nothing.
     */
    static void refused(String command, String message) {
        Result r = shell().execute(command);
        assertEquals("Erreur : " + message + System.lineSeparator(), r.err(), command);
        assertEquals("", r.out(), command);
        assertNull(r.value(), command);
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
