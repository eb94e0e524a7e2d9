package fr.mutualis.budget.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.SAISIE;

import java.math.BigDecimal;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the engagements comptables of a budget with their tiers, what is mandated on them and what is left,
 * and their réduction or cancellation. An engagement is never deleted: a cancelled one keeps its number, amount
 * mandated and motive.
 */
public interface EngagementService {

    /** The engagements of a budget and exercice, by number. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<FicheEngagement> listeEngagements(CollectiviteId collectivite, String budget, int exercice);

    /**
     * Takes an engagement for a tiers of the répertoire (active), with the same checks as
     * {@link ExecutionService#engager}: imputation, date in the exercice, credits not yet engaged.
     */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheEngagement engagerPourTiers(CollectiviteId collectivite, SaisieEngagement saisie, long tiers);

    /** Lowers an engagement to a new amount, never below what is already mandated on it. */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheEngagement reduireEngagement(CollectiviteId collectivite, String budget, int exercice, int numero,
            BigDecimal montant, String motif);

    /**
     * Cancels what is left of an engagement: its amount becomes what is already mandated (zero when nothing is), so the
     * credits left are free again; no mandat may name it any more.
     */
    @Permission(value = { SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    FicheEngagement annulerEngagement(CollectiviteId collectivite, String budget, int exercice, int numero,
            String motif);
}
