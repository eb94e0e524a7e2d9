package fr.mutualis.budget.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.core.server.persistence.Database;
import jakarta.persistence.EntityManagerFactory;

/** The budget schema (migrated at activation from db/budget/) and persistence unit, on the server's database. */
@Component(service = BudgetStore.class)
public final class BudgetStore {

    private final EntityManagerFactory emf;

    @Activate
    public BudgetStore(@Reference Database database, BundleContext context) {
        database.migrate(context.getBundle(), BudgetModule.ID);
        this.emf = database.open("mutualis.budget", BudgetStore.class.getClassLoader());
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    @Deactivate
    void close() {
        emf.close();
    }
}
