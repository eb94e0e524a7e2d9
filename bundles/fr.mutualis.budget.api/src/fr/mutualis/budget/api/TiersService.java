package fr.mutualis.budget.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.SAISIE;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;

/**
 * Remote service: the répertoire of tiers (creditors and debtors) of a collectivity. SIRET/SIREN and IBAN check digits
 * are verified; the IBAN is stored encrypted and shown masked to every role but the ordonnateur.
 */
@ProviderType
public interface TiersService {

    /** The tiers of the collectivity, by name. */
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<FicheTiers> tiers(CollectiviteId collectivite);

    /** Adds a tiers to the répertoire (refused when one with the same SIRET/SIREN is already there). */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheTiers enregistrerTiers(CollectiviteId collectivite, Tiers tiers);
}
