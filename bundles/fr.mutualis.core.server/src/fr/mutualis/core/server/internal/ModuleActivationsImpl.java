package fr.mutualis.core.server.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.ModuleActivations;

/** Reads the module activations of the core's database, through the {@link AccessCache}. */
@Component(service = ModuleActivations.class)
public final class ModuleActivationsImpl implements ModuleActivations {

    private final CoreStore store;
    private final AccessCache cache;

    @Activate
    public ModuleActivationsImpl(@Reference CoreStore store, @Reference AccessCache cache) {
        this.store = store;
        this.cache = cache;
    }

    @Override
    public boolean estActive(CollectiviteId collectivite, String module) {
        return cache.moduleEnabled(collectivite.code(), module,
                () -> Transactions.read(store.emf(), em -> Activations.enabled(em, collectivite.code(), module)));
    }
}
