package fr.mutualis.core.server.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.server.spi.ModuleDescriptor;

/** The modules hosted by this server: one {@link ModuleDescriptor} service per module server bundle started. */
@Component(service = ModuleRegistry.class)
public final class ModuleRegistry {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ModuleDescriptor> modules = new CopyOnWriteArrayList<>();

    public List<ModuleInfo> all() {
        return modules.stream().map(ModuleDescriptor::info).sorted(Comparator.comparing(ModuleInfo::id)).toList();
    }

    public Optional<ModuleInfo> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst().map(ModuleDescriptor::info);
    }

    /** The module with this id, or a French refusal listing the modules hosted here. */
    public ModuleInfo require(String id) {
        return find(id == null ? null : id.trim().toLowerCase()).orElseThrow(() -> new DonneeInvalideException(
                "Module inconnu : « " + id + " ». Modules disponibles sur ce serveur : "
                        + (modules.isEmpty() ? "aucun" : String.join(", ", all().stream().map(ModuleInfo::id).toList()))
                        + "."));
    }
}
