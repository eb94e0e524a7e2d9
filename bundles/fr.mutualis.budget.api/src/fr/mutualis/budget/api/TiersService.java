package fr.mutualis.budget.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.SAISIE;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the répertoire of tiers (creditors and debtors) of a collectivity. SIRET/SIREN and IBAN check digits
 * are verified; the IBAN is stored encrypted and shown masked to every role but the ordonnateur.
 */
@ProviderType
public interface TiersService {

    /** The tiers of the collectivity, by name. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<FicheTiers> tiers(CollectiviteId collectivite);

    /** Adds a tiers to the répertoire (refused when one with the same SIRET/SIREN is already there). */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheTiers enregistrerTiers(CollectiviteId collectivite, Tiers tiers);

    /**
     * Changes a tiers of the répertoire (same checks as a new one). Bank details the caller may not see (every role but
     * the ordonnateur) are kept when the tiers comes without IBAN: only the ordonnateur can remove them.
     */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheTiers modifierTiers(CollectiviteId collectivite, long id, Tiers tiers);

    /**
     * Deactivates a tiers (it stays on the pièces that name it, but no new pièce or engagement may name it) or
     * reactivates it.
     */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheTiers activerTiers(CollectiviteId collectivite, long id, boolean actif);

    /**
     * Adds the tiers of a CSV file to the répertoire, all or nothing (columns: {@link #COLONNES_IMPORT}, separator
     * {@code ;}, UTF-8, first line the header). Any refused line refuses the whole file with one French message per
     * problem ("Ligne 4, colonne iban : …"), and nothing is written.
     *
     * @param csv the file's content
     * @return the tiers added, in the order of the file
     */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<FicheTiers> importerTiers(CollectiviteId collectivite, String csv);

    /** The header of a tiers import file, in this order. */
    List<String> COLONNES_IMPORT = List.of("nom", "prenom", "siret_ou_siren", "reference", "categorie",
            "nature_juridique", "type_tiers", "voie", "complement", "code_postal", "ville", "iban", "bic");
}
