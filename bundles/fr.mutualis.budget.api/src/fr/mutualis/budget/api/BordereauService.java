package fr.mutualis.budget.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.SAISIE;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: bordereaux of mandats and titres. A bordereau is prepared (no number), then sent by the ordonnateur:
 * it then takes the next number of its sequence (per budget, exercice, direction and type, without gaps, never reused)
 * and is locked with its pièces. Sent bordereaux are exported as a PES V2 {@code PES_Aller} file for Hélios.
 */
@ProviderType
public interface BordereauService {

    /** Gathers pièces that are on no bordereau yet on a new bordereau in preparation. */
    @Idempotent
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheBordereau preparer(CollectiviteId collectivite, PreparationBordereau preparation);

    /** Abandons a bordereau in preparation: its pièces become free again; a sent bordereau cannot be abandoned. */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    void abandonner(CollectiviteId collectivite, long bordereau);

    /** Sends (signs) a bordereau in preparation: numbers and locks it. */
    @Idempotent
    @Permission(value = ORDONNATEUR, module = BudgetModule.ID)
    FicheBordereau envoyer(CollectiviteId collectivite, long bordereau);

    /** The bordereaux of a budget and exercice: in preparation first, then sent ones by direction and number. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<FicheBordereau> bordereaux(CollectiviteId collectivite, String budget, int exercice);

    /**
     * The PES V2 {@code PES_Aller} file (ISO-8859-1 XML) of sent bordereaux of one budget and one direction, in the
     * order given.
     *
     * @param bordereaux ids of the bordereaux ({@link FicheBordereau#id()})
     */
    @Permission(value = ORDONNATEUR, module = BudgetModule.ID)
    Fichier exporterPes(CollectiviteId collectivite, List<Long> bordereaux);

    /** The printable bordereau (PDF) with its totals and legal mentions; a draft when still in preparation. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    Fichier imprimer(CollectiviteId collectivite, long bordereau);
}
