package fr.mutualis.core.server.spi;

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
public interface ContributionAFaire {

    /** The module id, as in {@code @Permission(module = ...)}. */
    String module();

    /** The roles that see this module's lines at all. */
    Set<Role> roles();

    /**
     * The lines for {@code collectivite} (the collectivity of the current call context), for a user holding
     * {@code roles} there (a contribution may narrow further, e.g. validating payroll is for the ordonnateur only).
     */
    List<LigneAFaire> lignes(Collectivite collectivite, Set<Role> roles);
}
