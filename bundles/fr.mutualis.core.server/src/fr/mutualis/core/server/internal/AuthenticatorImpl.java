package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.internal.entity.UserAccount;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.Authenticator;
import jakarta.persistence.LockModeType;

/**
 * Checks passwords against their PBKDF2 hashes with backoff instead of permanent lockout. Per login (in the account
 * row, so it survives a restart; in memory for logins without an account) and per source address (in memory), the
 * {@link Backoff} of the configuration decides the lock that consecutive failures start. A refusal during a lock is
 * answered at once, without hashing. The hash runs outside any transaction or lock; a database write happens only
 * for a known login (failure count, journal) or a success.
 */
@Component(service = Authenticator.class)
public final class AuthenticatorImpl implements Authenticator {

    private static final System.Logger LOG = System.getLogger(AuthenticatorImpl.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CoreStore store;
    private final Backoff loginBackoff;
    private final SourceThrottle sources;
    private final SourceThrottle unknownLogins;
    private final Clock clock;
    private final boolean throttleLoopback;

    @Activate
    public AuthenticatorImpl(@Reference CoreStore store, @Reference ServerConfig config) {
        this(store, backoff(config, "login.backoff", 5), backoff(config, "login.backoff.source", 20),
                Boolean.parseBoolean(config.get("login.backoff.source.loopback", "false")), Clock.systemDefaultZone());
    }

    /** With explicit policies and clock (tests). */
    public AuthenticatorImpl(CoreStore store, Backoff perLogin, Backoff perSource, boolean throttleLoopback,
            Clock clock) {
        this.throttleLoopback = throttleLoopback;
        this.store = store;
        this.loginBackoff = perLogin;
        this.sources = new SourceThrottle(perSource);
        this.unknownLogins = new SourceThrottle(perLogin);
        this.clock = clock;
    }

    /** {@code <prefix>.threshold} failures, then {@code login.backoff.delay} seconds doubling to {@code login.backoff.max}. */
    private static Backoff backoff(ServerConfig config, String prefix, int threshold) {
        return new Backoff(config.getInt(prefix + ".threshold", threshold),
                Duration.ofSeconds(config.getInt("login.backoff.delay", 30)),
                Duration.ofSeconds(config.getInt("login.backoff.max", 900)));
    }

    @Override
    public String authenticate(String login, String password, String clientAddress) {
        Instant now = clock.instant();
        if (login == null || login.isEmpty() || login.length() > 64 || password == null || password.length() > 1024) {
            refuseWithoutAccount(null, clientAddress, now, "malformed credentials");
        }
        String source = sourceKey(clientAddress);
        Instant locked = sources.lockedUntil(source, now);
        if (locked == null) {
            locked = unknownLogins.lockedUntil(login, now);
        }
        if (locked != null) {
            throw throttled(login, clientAddress, locked, now);
        }
        UserAccount user = Transactions.read(store.emf(), em -> em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null));
        if (user == null) {
            PasswordHasher.burn(password);
            Instant lockStart = unknownLogins.failed(login, now);
            if (lockStart != null) {
                LOG.log(Level.WARNING, "Login {0} (no account) locked until {1} after repeated failures",
                        SafeText.escape(login), lockStart);
            }
            refuseWithoutAccount(login, clientAddress, now, "unknown login");
        }
        Instant userLock = instant(user.getLockedUntil());
        if (userLock != null && now.isBefore(userLock)) {
            throw throttled(login, clientAddress, userLock, now);
        }
        boolean ok = PasswordHasher.matches(password, user.getPasswordHash()) && !user.isDisabled();
        Instant lockStart = Transactions.write(store.emf(), em -> {
            UserAccount row = em.find(UserAccount.class, user.getId(), LockModeType.PESSIMISTIC_WRITE);
            Instant started = null;
            if (ok) {
                if (row.getFailedAttempts() > 0) {
                    row.loginSucceeded();
                }
            } else {
                int failures = loginBackoff.forgotten(instant(row.getLastFailure()), instant(row.getLockedUntil()), now)
                        ? 1 : row.getFailedAttempts() + 1;
                Duration delay = loginBackoff.delayAfter(failures);
                started = delay == null ? null : now.plus(delay);
                row.loginFailed(failures, local(now), local(started));
            }
            AuditJournalImpl.insert(em, login, clientAddress, null, ok ? "connexion.acceptee" : "connexion.refusee",
                    ok || !row.isDisabled() ? null : "compte désactivé");
            return started;
        });
        if (ok) {
            return login;
        }
        if (lockStart != null) {
            LOG.log(Level.WARNING, "Account {0} locked until {1} after repeated failed logins", SafeText.escape(login),
                    lockStart);
        }
        refuseWithoutAccount(login, clientAddress, now, user.isDisabled() ? "account disabled" : "wrong password");
        return null;
    }

    /** Counts a failure for the source and refuses with the common message. */
    private void refuseWithoutAccount(String login, String clientAddress, Instant now, String why) {
        Instant sourceLock = sources.failed(sourceKey(clientAddress), now);
        if (sourceLock != null) {
            LOG.log(Level.WARNING, "Source {0} locked until {1} after repeated failed logins",
                    SafeText.escape(clientAddress), sourceLock);
        }
        LOG.log(Level.INFO, "Login refused for {0} from {1}: {2}", SafeText.escape(login),
                SafeText.escape(clientAddress), why);
        throw new SecurityException(REFUSAL);
    }

    /** The source failures are counted under; none for the loopback unless configured (see {@link SourceAddress}). */
    private String sourceKey(String clientAddress) {
        String host = SourceAddress.host(clientAddress);
        return SourceAddress.loopback(host) && !throttleLoopback ? null : host;
    }

    private static SecurityException throttled(String login, String clientAddress, Instant until, Instant now) {
        LOG.log(Level.DEBUG, "Login refused for {0} from {1}: locked until {2}", SafeText.escape(login),
                SafeText.escape(clientAddress), until);
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        String wait = seconds < 120 ? seconds + " s" : (seconds + 59) / 60 + " min";
        return new SecurityException("Trop de tentatives de connexion échouées : réessayez dans " + wait
                + " (après " + TIME.format(until.atZone(ZoneId.systemDefault())) + ").");
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneId.systemDefault());
    }
}
