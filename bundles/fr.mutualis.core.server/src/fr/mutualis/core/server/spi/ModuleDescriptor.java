package fr.mutualis.core.server.spi;

import fr.mutualis.core.api.ModuleInfo;

/**
 * Registered as an OSGi service by each module's server bundle: tells the core that the module is hosted here, so
 * administrators can enable it for a collectivity. A module that is not installed cannot be enabled.
 */
public interface ModuleDescriptor {

    /** Stable id, as in {@code @Permission(module = ...)}, e.g. {@code budget}. */
    String id();

    /** French label shown to users. */
    String libelle();

    default ModuleInfo info() {
        return new ModuleInfo(id(), libelle());
    }
}
