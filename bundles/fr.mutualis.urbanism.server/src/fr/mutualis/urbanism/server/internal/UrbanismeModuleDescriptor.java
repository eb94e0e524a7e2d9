package fr.mutualis.urbanism.server.internal;

import org.osgi.service.component.annotations.Component;

import fr.mutualis.core.server.spi.ModuleDescriptor;
import fr.mutualis.urbanism.api.UrbanismModule;

/** Tells the core that the urbanism module is hosted here, so administrators can enable it for a commune. */
@Component(service = ModuleDescriptor.class)
public final class UrbanismeModuleDescriptor implements ModuleDescriptor {

    @Override
    public String id() {
        return UrbanismModule.ID;
    }

    @Override
    public String libelle() {
        return UrbanismModule.INFO.libelle();
    }
}
