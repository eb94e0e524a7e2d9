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
 * Remote service: execution of a budget. Mandats and titres are checked (imputation in the plan de comptes, no
 * forecast-only chapter 020 to 024, journée complémentaire, tiers identifiers, credits available at the level of vote)
 * and numbered without gaps in the budget's sequence of the exercice; a pièce is never changed nor deleted, it is
 * corrected by an annulation or a réduction. Refusals list every reason in French; nothing is written then.
 */
@ProviderType
public interface ExecutionService {

    /** Issues a mandat or a titre. */
    @Idempotent
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    Piece emettre(CollectiviteId collectivite, SaisiePiece saisie);

    /**
     * Issues a lot of mandats or titres (a bordereau's worth) in one call, all of the same budget, exercice and sens:
     * each is checked as by {@link #emettre} (the credits consumed by the pièces before it in the lot counted) and
     * they are numbered in sequence, in the order given. All or nothing: one refusal and none is written; the refusals
     * name the pièce of the lot ("Mandat 3 du lot : …").
     */
    @Idempotent
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<Piece> emettreLot(CollectiviteId collectivite, List<SaisiePiece> saisies);

    /** Issues the annulation or réduction of a mandat or titre, as a new pièce of the same sequence. */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    Piece corriger(CollectiviteId collectivite, DemandeCorrection correction);

    /** Reserves expense credits, when the collectivity keeps commitment accounts. */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    Engagement engager(CollectiviteId collectivite, SaisieEngagement saisie);

    /** The engagements of a budget and exercice, by number. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<Engagement> engagements(CollectiviteId collectivite, String budget, int exercice);

    /** The register of mandats (sens dépense) or titres (sens recette) of a budget and exercice, by number. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<LigneRegistre> registre(CollectiviteId collectivite, String budget, int exercice, Sens sens);

    /** One mandat or titre (bank details masked for every role but the ordonnateur). */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    Piece piece(CollectiviteId collectivite, String budget, int exercice, Sens sens, int numero);
}
