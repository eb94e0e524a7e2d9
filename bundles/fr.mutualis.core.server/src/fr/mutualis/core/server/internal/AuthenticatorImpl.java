package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.internal.entity.UserAccount;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.Authenticator;
import jakarta.persistence.LockModeType;

/** Checks passwords against their PBKDF2 hashes, counts failures and locks accounts. */
@Component(service = Authenticator.class)
public final class AuthenticatorImpl implements Authenticator {

    private static final System.Logger LOG = System.getLogger(AuthenticatorImpl.class.getName());

    private final CoreStore store;

    @Activate
    public AuthenticatorImpl(@Reference CoreStore store) {
        this.store = store;
    }

    @Override
    public String authenticate(String login, String password, String clientAddress) {
        boolean accepted = Transactions.write(store.emf(), em -> {
            UserAccount user = login == null || login.length() > 64 ? null
                    : em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                            .setParameter("login", login).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                            .getResultStream().findFirst().orElse(null);
            boolean ok;
            if (user == null || password == null || password.length() > 1024) {
                PasswordHasher.burn(password);
                ok = false;
            } else {
                ok = PasswordHasher.matches(password, user.getPasswordHash()) && !user.isLocked();
                if (ok) {
                    user.loginSucceeded();
                } else if (!user.isLocked()) {
                    user.loginFailed(MAX_FAILED_ATTEMPTS);
                    if (user.isLocked()) {
                        LOG.log(Level.WARNING, "Account {0} locked after {1} failed logins", login, MAX_FAILED_ATTEMPTS);
                    }
                }
            }
            AuditJournalImpl.insert(em, login == null ? "?" : login, clientAddress, null,
                    ok ? "connexion.acceptee" : "connexion.refusee", null);
            return ok;
        });
        if (!accepted) {
            LOG.log(Level.INFO, "Login refused for {0} from {1}", login, clientAddress);
            throw new SecurityException(REFUSAL);
        }
        return login;
    }
}
