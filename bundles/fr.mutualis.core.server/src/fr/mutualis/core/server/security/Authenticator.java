package fr.mutualis.core.server.security;

/**
 * Checks a user's credentials at connect time. Unknown user, wrong password and disabled account are refused with
 * the same message, so a caller cannot learn which logins exist. Consecutive failures slow a login and a source
 * address down: after a few of them the login (or the source) is locked for a delay that doubles at each further
 * failure, up to a ceiling, and that always expires by itself ({@code mutualis:unlock} ends it at once). During a
 * lock the refusal is immediate (no password hashing) and says when to try again.
 */
public interface Authenticator {

    String REFUSAL = "Identifiant ou mot de passe incorrect.";

    /**
     * @return the login of the authenticated user
     * @throws SecurityException with {@link #REFUSAL} as message when refused, or a French message saying when to
     *                           retry while a lock runs. Never holds a lock that other clients need.
     */
    String authenticate(String login, String password, String clientAddress);
}
