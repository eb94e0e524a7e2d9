package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.testing.OsgiServices;

/** Password checks at connect time, failure counting and lockout. */
class AuthenticatorTest {

    private static final String PASSWORD = "le-bon-mot-de-passe";
    private static final String ADDRESS = "192.0.2.10";
    private static final String REFUSAL = "Identifiant ou mot de passe incorrect (ou compte verrouillé après 5 échecs : "
            + "contactez votre administrateur).";

    private static Authenticator authenticator;

    @BeforeAll
    static void lookUp() {
        authenticator = OsgiServices.service(Authenticator.class);
    }

    @Test
    void acceptsTheRightPassword() {
        String login = Fixtures.newUser("auth", PASSWORD);

        assertEquals(login, authenticator.authenticate(login, PASSWORD, ADDRESS));
        AuditLine entry = admin().audit(null, login, null, null, 1).get(0);
        assertEquals(List.of(login, "connexion.acceptee", ADDRESS),
                List.of(entry.login(), entry.operation(), entry.adresseClient()));
        assertNull(entry.collectivite());
    }

    @Test
    void refusesABadPasswordAndAnUnknownUserWithExactlyTheSameMessage() {
        String login = Fixtures.newUser("auth", PASSWORD);
        String unknown = Fixtures.login("inconnu");

        SecurityException badPassword = assertThrows(SecurityException.class,
                () -> authenticator.authenticate(login, "pas-le-bon", ADDRESS));
        SecurityException unknownUser = assertThrows(SecurityException.class,
                () -> authenticator.authenticate(unknown, PASSWORD, ADDRESS));
        SecurityException nulls = assertThrows(SecurityException.class,
                () -> authenticator.authenticate(null, null, ADDRESS));
        SecurityException tooLong = assertThrows(SecurityException.class,
                () -> authenticator.authenticate("x".repeat(65), PASSWORD, ADDRESS));

        assertEquals(REFUSAL, Authenticator.REFUSAL);
        assertEquals(REFUSAL, badPassword.getMessage());
        assertEquals(REFUSAL, unknownUser.getMessage());
        assertEquals(REFUSAL, nulls.getMessage());
        assertEquals(REFUSAL, tooLong.getMessage());
        assertEquals("connexion.refusee", admin().audit(null, unknown, null, null, 1).get(0).operation());
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
        String login = Fixtures.newUser("verrou", PASSWORD);

        for (int i = 1; i <= 4; i++) {
            assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", ADDRESS));
        }
        UserView afterFour = admin().showUser(login);
        assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", ADDRESS));
        SecurityException locked = assertThrows(SecurityException.class,
                () -> authenticator.authenticate(login, PASSWORD, ADDRESS));

        assertFalse(afterFour.locked());
        assertEquals(4, afterFour.failedAttempts());
        assertEquals(REFUSAL, locked.getMessage());
        assertTrue(admin().showUser(login).locked());
        assertEquals(5, admin().showUser(login).failedAttempts());
    }

    @Test
    void unlockingReleasesALockedAccount() {
        String login = Fixtures.newUser("verrou", PASSWORD);
        for (int i = 0; i < Authenticator.MAX_FAILED_ATTEMPTS; i++) {
            assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", ADDRESS));
        }

        asConsole(() -> admin().unlock(login));

        assertFalse(admin().showUser(login).locked());
        assertEquals(0, admin().showUser(login).failedAttempts());
        assertEquals(login, authenticator.authenticate(login, PASSWORD, ADDRESS));
        assertEquals("utilisateur.deverrouiller", admin().audit(null, "console", null, null, 10).stream()
                .filter(a -> login.equals(a.objet())).findFirst().orElseThrow().operation());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String login = Fixtures.newUser("reprise", PASSWORD);

        for (int i = 0; i < 4; i++) {
            assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", ADDRESS));
        }
        authenticator.authenticate(login, PASSWORD, ADDRESS);
        int afterSuccess = admin().showUser(login).failedAttempts();
        for (int i = 0; i < 4; i++) {
            assertThrows(SecurityException.class, () -> authenticator.authenticate(login, "mauvais", ADDRESS));
        }

        assertEquals(0, afterSuccess);
        assertFalse(admin().showUser(login).locked());
        assertEquals(4, admin().showUser(login).failedAttempts());
        assertEquals(login, authenticator.authenticate(login, PASSWORD, ADDRESS));
    }
}
