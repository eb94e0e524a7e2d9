package fr.mutualis.core.server.admin;

import java.time.LocalDateTime;
import java.util.List;

import fr.mutualis.core.api.Habilitation;

/** A user account as the administrator sees it (never the password hash). */
public record UserView(String login, String nom, boolean locked, int failedAttempts, LocalDateTime createdAt,
        List<Habilitation> habilitations) {
    public UserView {
        habilitations = List.copyOf(habilitations);
    }
}
