package fr.mutualis.core.server.security;

import java.time.Instant;

/**
 * The session a user opened with her password, as a signed, expiring token that every server node sharing the
 * database accepts: a client whose node died reconnects to another one with it, without a new login. The signature
 * (HMAC-SHA256 under a key shared through the database or the configuration) covers the account id, the session id,
 * the expiry and the account's credentials version, which goes up when the password changes or the account is
 * disabled: every token issued before is then refused by every node.
 */
public interface SessionTokens {

    String EXPIRED = "Votre session a expiré : identifiez-vous à nouveau.";
    String INVALID = "Jeton de session invalide ou altéré : identifiez-vous à nouveau.";
    String REVOKED = "Votre session a été révoquée (mot de passe changé ou compte désactivé) : identifiez-vous à "
            + "nouveau.";

    /** A token and what it says. */
    record Token(String value, String login, String sessionId, Instant expires) {
        @Override
        public String toString() {
            return "Token[" + login + ", " + sessionId + ", " + expires + "]"; // never the value
        }
    }

    /** Issues the token of a new session of an account that has just logged in with its password. */
    Token issue(String login);

    /**
     * The session a token stands for.
     *
     * @throws SecurityException with {@link #INVALID}, {@link #EXPIRED} or {@link #REVOKED} as message
     */
    Token verify(String token, String clientAddress);
}
