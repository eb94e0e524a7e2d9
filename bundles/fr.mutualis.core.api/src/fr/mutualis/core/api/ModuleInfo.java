package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A business module hosted by the server.
 *
 * @param id      stable identifier used in configuration and in permissions, e.g. {@code budget}
 * @param libelle French label shown to users
 */
public record ModuleInfo(String id, String libelle) implements Serializable {
    public ModuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(libelle, "libelle");
    }
}
