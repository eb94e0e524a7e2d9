package fr.mutualis.budget.api;

import static fr.mutualis.core.api.Role.LECTURE;
import static fr.mutualis.core.api.Role.ORDONNATEUR;
import static fr.mutualis.core.api.Role.SAISIE;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;

/**
 * Remote service: the budgets of a collectivity (a budget principal and any number of budgets annexes), their votes
 * by nature at chapter level (BP, BS, DM), the virements between chapters and the execution by chapter. A budget is
 * named by its Hélios code ({@code CodBud}). Refusals are {@link fr.mutualis.core.api.DonneeInvalideException}s listing
 * every problem in French; nothing is written then.
 */
@ProviderType
public interface BudgetService {

    /** The budgets of the collectivity, the budget principal first. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<FicheBudget> budgets(CollectiviteId collectivite);

    /** Creates a budget with its Hélios settings (IdPost, IdColl, CodCol, CodBud); one budget principal at most. */
    @Permission(value = ORDONNATEUR, module = BudgetModule.ID)
    FicheBudget creerBudget(CollectiviteId collectivite, Budget budget);

    /**
     * Checks and records a budget decision: chapters of the plan de comptes in their section, sections balanced, 023 =
     * 021, ordre pairs balanced, debt repayment covered (L1612-4), for the decision added to those already voted; a BP
     * once per exercice, a BS or DM after it, no credits below what is already executed, a fongibilité rate within the
     * legal ceiling. Refused with the report's gaps, nothing written.
     *
     * @return the report (observations such as an allowed surplus)
     */
    @Permission(value = ORDONNATEUR, module = BudgetModule.ID)
    RapportEquilibre voter(CollectiviteId collectivite, VoteBudget vote);

    /** The decisions voted for a budget and exercice, in the order of the votes. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<DecisionBudgetaire> decisions(CollectiviteId collectivite, String budget, int exercice);

    /**
     * Moves expense credits from one chapter to another of the same section (M57 fongibilité): never from or to 012,
     * within the credits available, and the exercice's cumulated virements within the voted rate of the section's real
     * expenses voted at the BP.
     */
    @Idempotent
    @Permission(value = ORDONNATEUR, module = BudgetModule.ID)
    Virement virer(CollectiviteId collectivite, DemandeVirement virement);

    /** The virements of a budget and exercice, in date order. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    List<Virement> virements(CollectiviteId collectivite, String budget, int exercice);

    /** Execution by chapter at a date: credits opened, engaged, mandated or titled, available. */
    @ReadOnly
    @Permission(value = { LECTURE, SAISIE, ORDONNATEUR }, module = BudgetModule.ID)
    RapportExecution execution(CollectiviteId collectivite, String budget, int exercice, LocalDate date);
}
