package fr.mutualis.payroll.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.persistence.Database;
import fr.mutualis.payroll.api.PayrollModule;
import jakarta.persistence.EntityManagerFactory;

/** The payroll schema (migrated at activation) and persistence unit, on the server's database. */
@Component(service = PaieStore.class)
public final class PaieStore {

    private final EntityManagerFactory emf;

    @Activate
    public PaieStore(@Reference Database database, BundleContext context) {
        database.migrate(context.getBundle(), PayrollModule.ID);
        this.emf = database.open("mutualis.paie", PaieStore.class.getClassLoader());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
