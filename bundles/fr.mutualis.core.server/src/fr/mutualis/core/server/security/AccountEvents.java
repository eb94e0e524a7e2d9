package fr.mutualis.core.server.security;

/**
 * The OSGi event (EventAdmin) the core posts when an account's sessions must end: its password changed, it was
 * disabled, or one of its roles was revoked. The remote layer subscribes and disconnects that login's sessions.
 */
public final class AccountEvents {

    /** Topic of the event. */
    public static final String TOPIC = "fr/mutualis/security/ACCOUNT_CHANGED";
    /** Property: the login concerned (String). */
    public static final String LOGIN = "login";
    /** Property: why, in English (String), e.g. {@code password changed}. */
    public static final String REASON = "reason";

    public static final String PASSWORD_CHANGED = "password changed";
    public static final String DISABLED = "account disabled";
    public static final String ROLES_REVOKED = "roles revoked";

    private AccountEvents() {
    }
}
