package fr.mutualis.budget.server.internal;

import java.util.List;

import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.OptionEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.IntrouvableException;
import jakarta.persistence.EntityManager;

/** Finds the budgets of a collectivity; every query is filtered by the collectivity's code. */
final class Budgets {

    private Budgets() {
    }

    static BudgetEntity trouver(EntityManager em, CollectiviteId collectivite, String codBud) {
        return em.createQuery("SELECT b FROM BudgetEntity b WHERE b.collectivite = :c AND b.codBud = :code",
                BudgetEntity.class).setParameter("c", collectivite.code()).setParameter("code", codBud)
                .getResultStream().findFirst().orElseThrow(() -> new IntrouvableException("Budget « " + codBud
                        + " » inconnu pour la collectivité " + collectivite.code() + "."));
    }

    /** The budget named by its CodBud, or the budget principal when {@code codBud} is null. */
    static BudgetEntity trouverOuPrincipal(EntityManager em, CollectiviteId collectivite, String codBud) {
        if (codBud != null) {
            return trouver(em, collectivite, codBud);
        }
        return tous(em, collectivite).stream()
                .filter(b -> b.toBudget().type() == TypeBudget.PRINCIPAL).findFirst()
                .orElseThrow(() -> new IntrouvableException("Aucun budget principal n'est créé pour la collectivité "
                        + collectivite.code() + "."));
    }

    /** The budget principal first, then the annexes by code. */
    static List<BudgetEntity> tous(EntityManager em, CollectiviteId collectivite) {
        return em.createQuery("SELECT b FROM BudgetEntity b WHERE b.collectivite = :c ORDER BY b.type DESC, b.codBud",
                BudgetEntity.class).setParameter("c", collectivite.code()).getResultList();
    }

    static FicheBudget fiche(EntityManager em, BudgetEntity budget) {
        List<Integer> votes = em.createQuery("SELECT DISTINCT d.exercice FROM DecisionEntity d WHERE d.budget = :b "
                + "AND d.collectivite = :c AND d.etape = 'BP' ORDER BY d.exercice", Integer.class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).getResultList();
        return new FicheBudget(budget.toBudget(), votes, engagementsActives(em, budget.getCollectivite()));
    }

    /**
     * Whether the collectivity keeps commitment accounts: yes unless the administrator switched them off
     * ({@code budget:engagements <code> non}), since the ordonnateur must keep them (CGCT L2342-2 for communes;
     * instruction M57, tome II).
     */
    static boolean engagementsActives(EntityManager em, String collectivite) {
        return em.createQuery("SELECT o FROM OptionEntity o WHERE o.collectivite = :c", OptionEntity.class)
                .setParameter("c", collectivite).getResultStream().findFirst().map(OptionEntity::isEngagements)
                .orElse(true);
    }
}
