package fr.mutualis.core.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the client shows for the selected collectivity.
 *
 * @param collectivite   the collectivity
 * @param modulesActifs  modules enabled for it on this server
 * @param nombreMembres  for an EPCI, the number of member communes; 0 otherwise
 */
public record CollectiviteDetail(Collectivite collectivite, List<ModuleInfo> modulesActifs, int nombreMembres)
        implements Serializable {
    public CollectiviteDetail {
        Objects.requireNonNull(collectivite, "collectivite");
        modulesActifs = List.copyOf(modulesActifs);
    }

    public boolean moduleActif(String moduleId) {
        return modulesActifs.stream().anyMatch(m -> m.id().equals(moduleId));
    }
}
