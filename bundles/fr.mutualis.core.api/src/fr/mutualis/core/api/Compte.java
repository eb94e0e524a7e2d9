package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** The connected user as the client sees it: login, display name and roles per collectivity. */
public record Compte(String login, String nom, List<Habilitation> habilitations) implements Serializable {
    public Compte {
        Objects.requireNonNull(login, "login");
        habilitations = List.copyOf(habilitations);
    }
}
