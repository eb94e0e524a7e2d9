package fr.mutualis.core.server.context;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Role;

/**
 * Who is acting, verified before business code runs: the authenticated login, the collectivity the call acts on
 * (checked: the user belongs to it, holds a role the method accepts, the module is enabled) and the roles held there.
 * Set by the remote layer for remote calls and by the console for administrator commands; business code reads it
 * with {@link #current()} and never re-checks permissions.
 *
 * @param login         authenticated user, or {@value #CONSOLE} (optionally {@code console:<operator>}) for the
 *                      server console
 * @param collectivite  the collectivity of the call, or null for calls bound to none
 * @param roles         the caller's roles on that collectivity
 * @param clientAddress remote address of the client, or "console"
 */
public record CallContext(String login, CollectiviteId collectivite, Set<Role> roles, String clientAddress) {

    public static final String CONSOLE = "console";

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    public CallContext {
        roles = Set.copyOf(roles);
    }

    /** The administrator at the server console: acts on any collectivity. */
    public static CallContext console() {
        return new CallContext(CONSOLE, null, Set.of(Role.ADMINISTRATEUR), CONSOLE);
    }

    /**
     * A named administrator at the server console, journaled as {@code console:<operator>} (the OS account that
     * opened the console socket, or {@code init} for the init script).
     */
    public static CallContext console(String operator) {
        return new CallContext(CONSOLE + ":" + operator, null, Set.of(Role.ADMINISTRATEUR), CONSOLE);
    }

    /** The verified context of the running call; refuses when there is none (fail closed). */
    public static CallContext current() {
        CallContext ctx = CURRENT.get();
        if (ctx == null) {
            throw new AccesRefuseException("Accès refusé : aucun utilisateur authentifié pour cet appel.");
        }
        return ctx;
    }

    public static Optional<CallContext> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs work with this context as the current one, restoring the previous one afterwards. */
    public <T> T run(Supplier<T> work) {
        CallContext previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The collectivity of the call; refuses when the call was not bound to one. */
    public CollectiviteId requireCollectivite() {
        if (collectivite == null) {
            throw new AccesRefuseException("Accès refusé : cet appel ne désigne aucune collectivité.");
        }
        return collectivite;
    }

    public boolean isConsole() {
        return CONSOLE.equals(login) || login.startsWith(CONSOLE + ":");
    }
}
