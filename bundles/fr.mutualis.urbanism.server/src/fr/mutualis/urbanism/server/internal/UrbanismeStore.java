package fr.mutualis.urbanism.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.persistence.Database;
import fr.mutualis.urbanism.api.UrbanismModule;
import jakarta.persistence.EntityManagerFactory;

/** The urbanism schema (migrated at activation) and persistence unit, on the server's database. */
@Component(service = UrbanismeStore.class)
public final class UrbanismeStore {

    private final EntityManagerFactory emf;

    @Activate
    public UrbanismeStore(@Reference Database database, BundleContext context) {
        database.migrate(context.getBundle(), UrbanismModule.ID);
        this.emf = database.open("mutualis.urbanisme", UrbanismeStore.class.getClassLoader());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
