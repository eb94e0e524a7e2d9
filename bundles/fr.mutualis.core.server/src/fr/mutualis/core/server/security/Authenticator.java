package fr.mutualis.core.server.security;

/**
 * Checks a user's credentials at connect time. Unknown user, wrong password and locked account are refused with the
 * same message, so a caller cannot learn which logins exist. After {@value #MAX_FAILED_ATTEMPTS} consecutive
 * failures the account is locked until an administrator unlocks it ({@code mutualis:unlock}).
 */
public interface Authenticator {

    int MAX_FAILED_ATTEMPTS = 5;

    String REFUSAL = "Identifiant ou mot de passe incorrect (ou compte verrouillé après "
            + MAX_FAILED_ATTEMPTS + " échecs : contactez votre administrateur).";

    /**
     * @return the login of the authenticated user
     * @throws SecurityException with {@link #REFUSAL} as message when refused
     */
    String authenticate(String login, String password, String clientAddress);
}
