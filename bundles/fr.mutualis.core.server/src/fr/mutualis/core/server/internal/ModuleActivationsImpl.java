package fr.mutualis.core.server.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.ModuleActivations;

/** Reads the module activations of the core's database. */
@Component(service = ModuleActivations.class)
public final class ModuleActivationsImpl implements ModuleActivations {

    private final CoreStore store;

    @Activate
    public ModuleActivationsImpl(@Reference CoreStore store) {
        this.store = store;
    }

    @Override
    public boolean estActive(CollectiviteId collectivite, String module) {
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT COUNT(m) FROM ModuleActivation m "
                + "WHERE m.collectivite.code = :code AND m.module = :module", Long.class)
                .setParameter("code", collectivite.code()).setParameter("module", module).getSingleResult()) > 0;
    }
}
