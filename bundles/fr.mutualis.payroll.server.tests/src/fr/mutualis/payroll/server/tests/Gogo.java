package fr.mutualis.payroll.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.InvalidSyntaxException;

import fr.mutualis.testing.OsgiServices;

/**
 * A Gogo session on the framework's {@link CommandProcessor}, as the administrator has at the server console. Gogo's
 * ThreadIO routes {@code System.err} of the thread running a command to the session, which is how "Erreur : ..." lines
 * are seen.
 */
final class Gogo {

    static final List<String> COMMANDES = List.of("agents", "run", "validate", "payslip", "journal", "load",
            "parameters", "import", "employer", "grades", "grid");

    private static Gogo shell;

    private final CommandSession session;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Gogo(CommandProcessor processor) {
        session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static synchronized Gogo shell() {
        if (shell == null) {
            CommandProcessor processor = OsgiServices.service(CommandProcessor.class);
            for (String commande : COMMANDES) {
                OsgiServices.await("the command paie:" + commande, () -> enregistree(commande));
            }
            shell = new Gogo(processor);
        }
        return shell;
    }

    private static boolean enregistree(String commande) {
        try {
            return OsgiServices.contextOf(Gogo.class).getServiceReferences((String) null,
                    "(&(osgi.command.scope=paie)(osgi.command.function=" + commande + "))") != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Runs a command that must succeed and returns the text it gives back. */
    static String ok(String commande) {
        Gogo g = shell();
        synchronized (g) {
            g.out.reset();
            g.err.reset();
            Object valeur = g.executer(commande);
            assertEquals("", g.err.toString(StandardCharsets.UTF_8), commande);
            assertNotNull(valeur, commande);
            return valeur.toString();
        }
    }

    /** Runs a command that must be refused with exactly "Erreur : " + message, and return nothing. */
    static void refus(String commande, String message) {
        assertEquals("Erreur : " + message + System.lineSeparator(), erreur(commande), commande);
    }

    /** Runs a command that must return nothing, and gives what it printed on the error stream. */
    static String erreur(String commande) {
        Gogo g = shell();
        synchronized (g) {
            g.out.reset();
            g.err.reset();
            assertNull(g.executer(commande), commande);
            return g.err.toString(StandardCharsets.UTF_8);
        }
    }

    private Object executer(String commande) {
        try {
            return session.execute(commande);
        } catch (Exception e) {
            throw new AssertionError(commande + " failed in Gogo itself: " + e, e);
        }
    }
}
