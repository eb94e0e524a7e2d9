package fr.mutualis.core.api;

import static fr.mutualis.core.api.Role.ADMINISTRATEUR;
import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.PAIE;
import static fr.mutualis.core.api.Role.SAISIE;
import static fr.mutualis.core.api.Role.URBANISME_INSTRUCTEUR;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Remote service of the core: which collectivities the connected user may act for, and what is enabled for each.
 * Every method declares its permission; the server checks it before the method runs.
 */
@ProviderType
public interface CollectiviteService {

    /** The collectivities the connected user holds at least one role on, sorted by name. */
    @ReadOnly
    @AuthenticatedOnly
    List<Collectivite> mesCollectivites();

    /** The connected user's account and roles. */
    @ReadOnly
    @AuthenticatedOnly
    Compte monCompte();

    /** One collectivity the user belongs to, with its enabled modules. */
    @ReadOnly
    @Permission({ LECTURE, SAISIE, ORDONNATEUR, PAIE, URBANISME_INSTRUCTEUR, ADMINISTRATEUR })
    CollectiviteDetail consulter(CollectiviteId collectivite);

    /** The modules enabled for a collectivity the user belongs to. */
    @ReadOnly
    @Permission({ LECTURE, SAISIE, ORDONNATEUR, PAIE, URBANISME_INSTRUCTEUR, ADMINISTRATEUR })
    List<ModuleInfo> modulesActifs(CollectiviteId collectivite);
}
