package fr.mutualis.budget.server.internal;

import org.osgi.service.component.annotations.Component;

import fr.mutualis.budget.api.BudgetModule;
import fr.mutualis.core.server.spi.ModuleDescriptor;

/** Tells the core that the budget module is hosted here, so administrators can enable it per collectivity. */
@Component(service = ModuleDescriptor.class)
public final class BudgetModuleDescriptor implements ModuleDescriptor {

    @Override
    public String id() {
        return BudgetModule.ID;
    }

    @Override
    public String libelle() {
        return BudgetModule.INFO.libelle();
    }
}
