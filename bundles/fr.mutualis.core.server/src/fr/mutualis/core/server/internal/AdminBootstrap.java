package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;

/**
 * On the first start (no user yet) creates the {@code admin} account. Its password is taken from the environment
 * variable {@value #PASSWORD_ENV} or generated and printed once on the console. This runs on a thread of its own: its
 * first query deploys the persistence unit (EclipseLink's metadata, at every start) and a first start's password hash
 * (PBKDF2, {@link PasswordHasher#ITERATIONS} iterations, 1 to 3 s in a JVM just started) used to hold up the start of
 * the bundles after the core, the remote port among them. Logins and the init script wait for it as they wait for the
 * modules ({@link fr.mutualis.core.server.spi.ModulesStarted}).
 */
@Component(immediate = true)
public final class AdminBootstrap {

    static final String PASSWORD_ENV = "MUTUALIS_ADMIN_PASSWORD";
    private static final System.Logger LOG = System.getLogger(AdminBootstrap.class.getName());
    private static final AtomicInteger PENDING = new AtomicInteger();

    @Activate
    public AdminBootstrap(@Reference Administration administration) {
        PENDING.incrementAndGet();
        Thread thread = new Thread(() -> {
            try {
                CallContext.console().run(() -> creer(administration));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Cannot create the administrator account", e);
            } finally {
                PENDING.decrementAndGet();
            }
        }, "mutualis-admin-bootstrap");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether a first start's administrator account is still being created. */
    public static boolean pending() {
        return PENDING.get() > 0;
    }

    private static Void creer(Administration administration) {
        if (administration.users().isEmpty()) {
            String fromEnv = System.getenv(PASSWORD_ENV);
            String generated = administration.addUser("admin", "Administrateur Mutualis",
                    fromEnv == null || fromEnv.isBlank() ? null : fromEnv);
            if (generated != null) {
                System.out.println("\n*** Premier démarrage : compte administrateur créé.\n"
                        + "*** Identifiant : admin   Mot de passe : " + generated + "\n"
                        + "*** Ce mot de passe n'est affiché qu'une fois (changez-le : mutualis:passwd admin).\n");
            } else {
                LOG.log(Level.INFO, "Administrator account created with the password from " + PASSWORD_ENV);
            }
        }
        return null;
    }
}
