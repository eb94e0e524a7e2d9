package fr.mutualis.core.console;

import java.lang.System.Logger.Level;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.felix.service.command.Job;

import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.server.context.CallContext;

/**
 * Runs a console command as the server administrator: refusals are printed as one French sentence on the error
 * stream (never a stack trace) and the command returns nothing; unexpected failures are logged in English with a
 * reference shown to the administrator. Module consoles use it too.
 */
public final class Console {

    private static final System.Logger LOG = System.getLogger(Console.class.getName());

    private Console() {
    }

    /** 34 969 with a plain space (the French grouping separator, readable on any terminal). */
    public static String number(long n) {
        return String.format(java.util.Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Session attribute holding the {@link CallContext} of the administrator who opened the Gogo session. */
    public static final String OPERATOR = "mutualis.operator";

    /**
     * The administrator running the command: the one the console socket or the init script put on the Gogo
     * session (Gogo may run a command on another thread than the one that read it), else "console".
     */
    private static CallContext operator() {
        CallContext onThread = CallContext.find().filter(CallContext::isConsole).orElse(null);
        if (onThread != null) {
            return onThread;
        }
        try {
            Job job = Job.Utils.current();
            if (job != null && job.session().get(OPERATOR) instanceof CallContext ctx && ctx.isConsole()) {
                return ctx;
            }
        } catch (NoClassDefFoundError noGogo) {
            // not run from Gogo
        }
        return CallContext.console();
    }

    public static Object run(Supplier<?> command) {
        try {
            return operator().run(command);
        } catch (MutualisException e) {
            System.err.println("Erreur : " + e.getMessage());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.ERROR, "Console command failed (reference " + reference + ")", e);
            System.err.println("Erreur interne (référence " + reference + ", détails dans le journal du serveur).");
        }
        return null;
    }
}
