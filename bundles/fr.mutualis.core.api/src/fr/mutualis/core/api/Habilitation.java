package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/** The roles one user holds on one collectivity. */
public record Habilitation(CollectiviteId collectivite, String nomCollectivite, Set<Role> roles) implements Serializable {
    public Habilitation {
        Objects.requireNonNull(collectivite, "collectivite");
        roles = Set.copyOf(roles);
    }
}
