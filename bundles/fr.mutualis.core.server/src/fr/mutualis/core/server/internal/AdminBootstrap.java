package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.context.CallContext;

/**
 * On the first start (no user yet) creates the {@code admin} account. Its password is taken from the environment
 * variable {@value #PASSWORD_ENV} or generated and printed once on the console.
 */
@Component(immediate = true)
public final class AdminBootstrap {

    static final String PASSWORD_ENV = "MUTUALIS_ADMIN_PASSWORD";
    private static final System.Logger LOG = System.getLogger(AdminBootstrap.class.getName());

    @Activate
    public AdminBootstrap(@Reference Administration administration) {
        CallContext.console().run(() -> {
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
        });
    }
}
