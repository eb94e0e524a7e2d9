package fr.mutualis.core.server.spi;

import fr.mutualis.core.api.CollectiviteId;

/**
 * Whether a module is enabled for a collectivity, for server bundles that act across modules (e.g. the payroll to
 * budget glue, which issues mandats only where the budget module is enabled). Remote calls need not ask: the access
 * policy already checks the module of the method called.
 */
public interface ModuleActivations {

    boolean estActive(CollectiviteId collectivite, String module);
}
