package fr.mutualis.payroll.server.internal;

import org.osgi.service.component.annotations.Component;

import fr.mutualis.core.server.spi.ModuleDescriptor;
import fr.mutualis.payroll.api.PayrollModule;

/** Declares the payroll module to the core, so administrators can enable it for a collectivity. */
@Component(service = ModuleDescriptor.class)
public final class PayrollModuleDescriptor implements ModuleDescriptor {

    @Override
    public String id() {
        return PayrollModule.ID;
    }

    @Override
    public String libelle() {
        return PayrollModule.INFO.libelle();
    }
}
