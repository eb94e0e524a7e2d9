package fr.mutualis.core.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.persistence.Database;
import jakarta.persistence.EntityManagerFactory;

/** The core's schema (migrated at activation) and persistence unit. */
@Component(service = CoreStore.class)
public final class CoreStore {

    private final EntityManagerFactory emf;

    @Activate
    public CoreStore(@Reference Database database, BundleContext context) {
        try {
            database.migrate(context.getBundle(), "core");
            this.emf = database.open("mutualis.core", CoreStore.class.getClassLoader());
        } catch (RuntimeException e) {
            // Without this line an unreachable database would only show as a server that does nothing.
            System.getLogger(CoreStore.class.getName()).log(System.Logger.Level.ERROR,
                    "Database " + database.describe() + " unusable, the server cannot work: " + e.getMessage(), e);
            throw e;
        }
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
