package fr.mutualis.core.server.admin;

import java.time.LocalDateTime;
import java.util.List;

import fr.mutualis.core.api.Habilitation;

/**
 * A user account as the administrator sees it (never the password hash).
 *
 * @param locked      whether failed logins hold it locked now (until {@code lockedUntil}, when it unlocks by itself)
 * @param disabled    whether the administrator disabled it ({@code mutualis:disable <login>}): it cannot log in
 */
public record UserView(String login, String nom, boolean locked, int failedAttempts, LocalDateTime createdAt,
        List<Habilitation> habilitations, boolean disabled, LocalDateTime lockedUntil) {
    public UserView {
        habilitations = List.copyOf(habilitations);
    }
}
