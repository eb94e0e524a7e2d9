package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.internal.AuthenticatorImpl;
import fr.mutualis.core.server.internal.Backoff;
import fr.mutualis.core.server.internal.CoreStore;
import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.testing.OsgiServices;

/**
 * Password checks at connect time and the backoff that replaced the permanent lockout: per login (in the account
 * row) and per source address (in memory), locks that grow and expire by themselves, refusals during a lock answered
 * at once. The backoff tests run their own {@link AuthenticatorImpl} on the real database with a clock they move.
 */
class AuthenticatorTest {

    private static final String PASSWORD = "le-bon-mot-de-passe";
    private static final String REFUSAL = "Identifiant ou mot de passe incorrect.";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private static Authenticator authenticator;

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        // whole seconds: the database keeps timestamps to the microsecond, a clock to the nanosecond would be cut
        private Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @BeforeAll
    static void lookUp() {
        authenticator = OsgiServices.service(Authenticator.class);
    }

    /** A source address of its own for each test (TEST-NET-2), so that per-source counts never mix. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    /** 5 failures per login then 30 s doubling to 15 min; 20 per source; as configured by default. */
    private static AuthenticatorImpl withClock(TestClock clock) {
        return new AuthenticatorImpl(OsgiServices.service(CoreStore.class),
                new Backoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15)),
                new Backoff(20, Duration.ofSeconds(30), Duration.ofMinutes(15)), false, clock);
    }

    private static SecurityException refused(Authenticator a, String login, String password, String address) {
        return assertThrows(SecurityException.class, () -> a.authenticate(login, password, address));
    }

    @Test
    void acceptsTheRightPassword() {
        String login = Fixtures.newUser("auth", PASSWORD);
        String address = address();

        assertEquals(login, authenticator.authenticate(login, PASSWORD, address));
        AuditLine entry = admin().audit(null, login, null, null, 1).get(0);
        assertEquals(List.of(login, "connexion.acceptee", address),
                List.of(entry.login(), entry.operation(), entry.adresseClient()));
        assertNull(entry.collectivite());
    }

    @Test
    void refusesABadPasswordAndAnUnknownUserWithExactlyTheSameMessage() {
        String login = Fixtures.newUser("auth", PASSWORD);
        String unknown = Fixtures.login("inconnu");
        String address = address();
        long journalBefore = Fixtures.auditCount();

        SecurityException unknownUser = refused(authenticator, unknown, PASSWORD, address);
        SecurityException nulls = refused(authenticator, null, null, address);
        SecurityException tooLong = refused(authenticator, "x".repeat(65), PASSWORD, address);
        long journalAfterStrangers = Fixtures.auditCount();
        SecurityException badPassword = refused(authenticator, login, "pas-le-bon", address);

        assertEquals(REFUSAL, Authenticator.REFUSAL);
        assertEquals(REFUSAL, badPassword.getMessage());
        assertEquals(REFUSAL, unknownUser.getMessage());
        assertEquals(REFUSAL, nulls.getMessage());
        assertEquals(REFUSAL, tooLong.getMessage());
        assertEquals(journalBefore, journalAfterStrangers, "a refused unknown login writes nothing in the database");
        assertEquals("connexion.refusee", admin().audit(null, login, null, null, 1).get(0).operation());
    }

    @Test
    void fiveFailuresLockTheLoginThirtySecondsThenTheLockExpiresByItself() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String login = Fixtures.newUser("verrou", PASSWORD);
        String address = address();

        for (int i = 1; i <= 4; i++) {
            assertEquals(REFUSAL, refused(auth, login, "mauvais", address).getMessage());
        }
        UserView afterFour = admin().showUser(login);
        refused(auth, login, "mauvais", address);
        SecurityException locked = refused(auth, login, PASSWORD, address);
        UserView afterFive = admin().showUser(login);
        clock.advance(Duration.ofSeconds(29));
        SecurityException stillLocked = refused(auth, login, PASSWORD, address());
        clock.advance(Duration.ofSeconds(2));

        assertFalse(afterFour.locked());
        assertEquals(4, afterFour.failedAttempts());
        assertTrue(locked.getMessage().startsWith("Trop de tentatives de connexion échouées : réessayez dans 30 s "
                + "(après "), locked.getMessage());
        assertTrue(afterFive.locked());
        assertEquals(5, afterFive.failedAttempts());
        assertTrue(stillLocked.getMessage().contains("réessayez dans 1 s"), stillLocked.getMessage());
        assertEquals(login, auth.authenticate(login, PASSWORD, address), "the lock expired by itself");
        assertEquals(0, admin().showUser(login).failedAttempts());
    }

    @Test
    void eachFailureAfterALockDoublesTheDelayUpToFifteenMinutes() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String login = Fixtures.newUser("double", PASSWORD);
        String address = address();
        for (int i = 0; i < 5; i++) {
            refused(auth, login, "mauvais", address);
        }

        List<Long> delays = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            delays.add(Duration.between(clock.instant(), instant(admin().showUser(login))).toSeconds());
            clock.advance(Duration.ofSeconds(delays.get(i) + 1));
            refused(auth, login, "mauvais", address);
        }

        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 900L, 900L), delays);
    }

    private static Instant instant(UserView user) {
        return user.lockedUntil().atZone(ZoneId.systemDefault()).toInstant();
    }

    @Test
    void aStrangerCannotLockTheAdministratorOutForGood() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String login = Fixtures.newUser("admin", PASSWORD);

        for (int i = 0; i < 40; i++) {
            try {
                auth.authenticate(login, "devine-" + i, address());
            } catch (SecurityException expected) {
                // refused, counted or already locked
            }
            clock.advance(Duration.ofSeconds(61));
        }
        refused(auth, login, PASSWORD, address());
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertEquals(login, auth.authenticate(login, PASSWORD, address()));
    }

    @Test
    void aSourceWithTwentyFailuresOnAnyLoginsIsSlowedDownButOthersAreNot() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String login = Fixtures.newUser("source", PASSWORD);
        String attacker = address();

        for (int i = 0; i < 20; i++) {
            assertEquals(REFUSAL, refused(auth, Fixtures.login("balayage"), "mauvais", attacker).getMessage());
        }
        SecurityException fromAttacker = refused(auth, login, PASSWORD, attacker);
        String fromElsewhere = auth.authenticate(login, PASSWORD, address());
        clock.advance(Duration.ofSeconds(31));
        String afterExpiry = auth.authenticate(login, PASSWORD, attacker);

        assertTrue(fromAttacker.getMessage().startsWith("Trop de tentatives"), fromAttacker.getMessage());
        assertEquals(login, fromElsewhere);
        assertEquals(login, afterExpiry);
    }

    @Test
    void anUnknownLoginIsSlowedDownLikeAKnownOneWithoutAnyDatabaseWrite() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String unknown = Fixtures.login("fantome");
        long before = Fixtures.auditCount();

        for (int i = 0; i < 5; i++) {
            refused(auth, unknown, "mauvais", address());
        }
        SecurityException locked = refused(auth, unknown, "mauvais", address());

        assertTrue(locked.getMessage().startsWith("Trop de tentatives de connexion échouées : réessayez dans 30 s"),
                locked.getMessage());
        assertEquals(before, Fixtures.auditCount());
    }

    @Test
    void refusalsDuringALockAreAnsweredWithoutHashing() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String login = Fixtures.newUser("rapide", PASSWORD);
        String address = address();
        for (int i = 0; i < 5; i++) {
            refused(auth, login, "mauvais", address);
        }
        long hashStart = System.nanoTime();
        refused(auth, Fixtures.login("mesure"), "mauvais", address()); // one PBKDF2 (210,000 iterations)
        long oneHash = System.nanoTime() - hashStart;
        long journal = Fixtures.auditCount();

        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            refused(auth, login, PASSWORD, address);
        }
        long tenRefusals = System.nanoTime() - start;

        assertTrue(tenRefusals < oneHash, "10 refusals during a lock took " + tenRefusals / 1_000_000
                + " ms, one password hash " + oneHash / 1_000_000 + " ms");
        assertEquals(journal, Fixtures.auditCount(), "refusals during a lock write nothing");
    }

    @Test
    void unlockingEndsTheLockAtOnce() {
        TestClock clock = new TestClock();
        AuthenticatorImpl auth = withClock(clock);
        String login = Fixtures.newUser("verrou", PASSWORD);
        String address = address();
        for (int i = 0; i < 5; i++) {
            refused(auth, login, "mauvais", address);
        }

        asConsole(() -> admin().unlock(login));

        assertFalse(admin().showUser(login).locked());
        assertEquals(0, admin().showUser(login).failedAttempts());
        assertEquals(login, auth.authenticate(login, PASSWORD, address));
        assertEquals("utilisateur.deverrouiller", admin().audit(null, "console", null, null, 10).stream()
                .filter(a -> login.equals(a.objet())).findFirst().orElseThrow().operation());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String login = Fixtures.newUser("reprise", PASSWORD);
        String address = address();

        for (int i = 0; i < 4; i++) {
            refused(authenticator, login, "mauvais", address);
        }
        authenticator.authenticate(login, PASSWORD, address);
        int afterSuccess = admin().showUser(login).failedAttempts();
        for (int i = 0; i < 4; i++) {
            refused(authenticator, login, "mauvais", address);
        }

        assertEquals(0, afterSuccess);
        assertFalse(admin().showUser(login).locked());
        assertEquals(4, admin().showUser(login).failedAttempts());
        assertEquals(login, authenticator.authenticate(login, PASSWORD, address));
    }

    @Test
    void aDisabledAccountCannotLogInEvenWithItsPassword() {
        String login = Fixtures.newUser("desactive", PASSWORD);
        String address = address();

        asConsole(() -> admin().disableUser(login));
        SecurityException refused = refused(authenticator, login, PASSWORD, address);
        UserView view = admin().showUser(login);
        asConsole(() -> admin().enableUser(login));

        assertEquals(REFUSAL, refused.getMessage());
        assertTrue(view.disabled());
        assertEquals(login, authenticator.authenticate(login, PASSWORD, address));
    }
}
