package fr.mutualis.core.server.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.LigneAFaire;
import fr.mutualis.core.api.Role;

/**
 * Registered as an OSGi service by a module's server bundle: its lines of the "À faire" list for one collectivity.
 * The core calls it only for collectivities where the module is enabled and the user holds one of {@link #roles()}
 * (directly or through a delegation of the module), inside a call context bound to that collectivity with the
 * user's roles there, so the module's usual queries and row-level security apply.
 */
public abstract class ContributionAFaire {

    private final String module;
    private final Set<Role> roles;

    /**
     * @param module the module id, as in {@code @Permission(module = ...)}
     * @param roles  the roles that see this module's lines at all
     */
    protected ContributionAFaire(String module, Set<Role> roles) {
        this.module = module;
        this.roles = Set.copyOf(roles);
    }

    public final String module() {
        return module;
    }

    public final Set<Role> roles() {
        return roles;
    }

    /**
     * The lines for {@code collectivite} (the collectivity of the current call context), for a user holding
     * {@code roles} there (a contribution may narrow further, e.g. validating payroll is for the ordonnateur only).
     */
    public abstract List<LigneAFaire> lignes(Collectivite collectivite, Set<Role> roles);

    /** A line of this module (see {@link LigneAFaire} for the fields). */
    protected final LigneAFaire ligne(Collectivite collectivite, String quoi, LocalDate echeance, String cible,
            String reference) {
        return new LigneAFaire(collectivite.id(), collectivite.nom(), module, quoi, echeance, cible, reference);
    }
}
