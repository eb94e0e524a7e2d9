package fr.mutualis.core.server.tests;

import static fr.mutualis.core.server.tests.Fixtures.admin;
import static fr.mutualis.core.server.tests.Fixtures.asConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.server.security.SessionTokens;
import fr.mutualis.testing.OsgiServices;

/**
 * The session tokens every server node accepts (issue 16): issued for an account, verified with its login, refused
 * in French once tampered with, or once the password changed or the account was disabled (even after it is enabled
 * again); the signing key is stored once in the database.
 */
class SessionTokensTest {

    private static SessionTokens tokens() {
        return OsgiServices.service(SessionTokens.class);
    }

    @Test
    void aTokenNamesItsAccountAndSessionAndLastsAWorkingDay() {
        String login = Fixtures.newUser("jeton", "mot-de-passe-1");
        SessionTokens.Token token = tokens().issue(login);
        SessionTokens.Token verified = tokens().verify(token.value(), "127.0.0.1");

        assertEquals(login, verified.login());
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM journal_audit WHERE login = ? AND operation = ? "
                + "AND objet = ?", login, "connexion.reprise", "session " + token.sessionId()), "journaled");
        assertEquals(token.sessionId(), verified.sessionId());
        assertEquals(32, token.sessionId().length());
        assertTrue(Duration.between(Instant.now(), token.expires()).toHours() >= 9, token.toString());
        assertNotEquals(token.sessionId(), tokens().issue(login).sessionId(), "a new session at each login");
        assertTrue(!token.toString().contains(token.value()), "the value is never in a log line");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM parametre_serveur WHERE cle = 'session.cle'"));
    }

    @Test
    void aTamperedTokenIsRefusedInFrench() {
        String login = Fixtures.newUser("jeton", "mot-de-passe-1");
        String value = tokens().issue(login).value();
        String[] parts = value.split("\\.");
        String otherMac = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A')
                + parts[2].substring(1);
        String otherBody = parts[0] + "." + parts[1].substring(1) + "." + parts[2];
        for (String tampered : new String[] { otherMac, otherBody, "", "v1..", value + "x" }) {
            SecurityException refused = assertThrows(SecurityException.class,
                    () -> tokens().verify(tampered, "127.0.0.1"), tampered);
            assertEquals(SessionTokens.INVALID, refused.getMessage());
        }
        assertThrows(SecurityException.class, () -> tokens().verify(null, "127.0.0.1"));
    }

    @Test
    void aNewPasswordOrADisabledAccountRevokesEveryTokenIssuedBefore() {
        String login = Fixtures.newUser("jeton", "mot-de-passe-1");
        String before = tokens().issue(login).value();
        asConsole(() -> admin().setPassword(login, "mot-de-passe-2"));
        SecurityException revoked = assertThrows(SecurityException.class, () -> tokens().verify(before, "127.0.0.1"));
        assertEquals("Votre session a été révoquée (mot de passe changé ou compte désactivé) : identifiez-vous à "
                + "nouveau.", revoked.getMessage());

        String after = tokens().issue(login).value();
        assertEquals(login, tokens().verify(after, "127.0.0.1").login(), "a token of the new password is fine");
        asConsole(() -> admin().disableUser(login));
        assertEquals(SessionTokens.REVOKED, assertThrows(SecurityException.class,
                () -> tokens().verify(after, "127.0.0.1")).getMessage());
        asConsole(() -> admin().enableUser(login));
        assertEquals(SessionTokens.REVOKED, assertThrows(SecurityException.class,
                () -> tokens().verify(after, "127.0.0.1")).getMessage(), "enabling again revives no old token");
    }
}
