package fr.mutualis.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/**
 * A Gogo session on the framework's {@link CommandProcessor}, as an administrator has at the server console: each
 * command's result, what it printed on the session's output and on its error stream. Gogo's ThreadIO routes
 * {@code System.out}/{@code System.err} of the thread running a command to the session's streams, which is how the
 * commands' "Erreur : ..." lines reach the administrator. One session per scope and test runtime.
 */
public final class GogoShell {

    /** What one command gave back. */
    public record Result(Object value, String out, String err) {
    }

    private static final Map<String, GogoShell> SHELLS = new HashMap<>();

    private final CommandSession session;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private GogoShell(CommandProcessor processor) {
        session = processor.createSession(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The shell of {@code scope}, once Gogo and every command of {@code functions} in that scope are registered. */
    public static synchronized GogoShell of(String scope, List<String> functions) {
        GogoShell shell = SHELLS.get(scope);
        if (shell == null) {
            CommandProcessor processor = OsgiServices.service(CommandProcessor.class);
            for (String function : functions) {
                OsgiServices.await("the command " + scope + ":" + function, () -> OsgiServices.hasService(
                        "(&(osgi.command.scope=" + scope + ")(osgi.command.function=" + function + "))"));
            }
            shell = new GogoShell(processor);
            SHELLS.put(scope, shell);
        }
        return shell;
    }

    public synchronized Result execute(String command) {
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
    public String ok(String command) {
        Result r = execute(command);
        assertEquals("", r.err(), () -> command + " printed an error");
        assertEquals("", r.out(), () -> command + " printed on the output instead of returning its text");
        assertNotNull(r.value(), command);
        return r.value().toString();
    }

    /** Runs a command that must return nothing and print nothing on the output; gives what it printed as errors. */
    public String error(String command) {
        Result r = execute(command);
        assertEquals("", r.out(), command);
        assertNull(r.value(), command);
        return r.err();
    }

    /** Runs a command that must be refused with exactly {@code "Erreur : " + message}, and return nothing. */
    public void refused(String command, String message) {
        assertEquals("Erreur : " + message + System.lineSeparator(), error(command), command);
    }
}
