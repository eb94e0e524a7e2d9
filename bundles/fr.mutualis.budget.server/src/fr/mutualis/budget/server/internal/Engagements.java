package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.EngagementEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import jakarta.persistence.EntityManager;

/**
 * Commitment accounts, when the collectivity keeps them: a mandat names the engagement it consumes, on the same
 * chapter, and may not exceed what is left of it (its amount minus the mandats already on it, net of corrections).
 */
final class Engagements {

    private Engagements() {
    }

    static EngagementEntity trouver(EntityManager em, BudgetEntity budget, int exercice, int numero) {
        return em.createQuery("SELECT g FROM EngagementEntity g WHERE g.budget = :b AND g.collectivite = :c "
                + "AND g.exercice = :e AND g.numero = :n", EngagementEntity.class).setParameter("b", budget)
                .setParameter("c", budget.getCollectivite()).setParameter("e", exercice).setParameter("n", numero)
                .getResultStream().findFirst().orElseThrow(() -> new IntrouvableException("Engagement n° " + numero
                        + "/" + exercice + " inconnu pour le budget " + budget.getCodBud() + "."));
    }

    /**
     * The engagement a new ordinary mandat consumes, checked; null when the collectivity keeps no commitment
     * accounts.
     */
    static EngagementEntity pourMandat(EntityManager em, BudgetEntity budget, int exercice, Integer numero,
            List<LignePiece> lignes) {
        boolean actives = Budgets.engagementsActives(em, budget.getCollectivite());
        if (!actives) {
            if (numero != null) {
                throw new DonneeInvalideException("La collectivité ne tient pas de comptabilité d'engagement : ne "
                        + "précisez pas d'engagement.");
            }
            return null;
        }
        if (numero == null) {
            throw new DonneeInvalideException("La collectivité tient une comptabilité d'engagement : indiquez "
                    + "l'engagement que ce mandat consomme.");
        }
        EngagementEntity entity = trouver(em, budget, exercice, numero);
        Engagement engagement = entity.toEngagement();
        List<String> refus = new ArrayList<>();
        BigDecimal montant = BigDecimal.ZERO.setScale(2);
        for (LignePiece ligne : lignes) {
            montant = montant.add(ligne.montant());
            if (!ligne.imputation().chapitre().equals(engagement.imputation().chapitre())
                    || ligne.imputation().section() != engagement.imputation().section()) {
                refus.add("L'engagement n° " + numero + "/" + exercice + " porte sur le chapitre "
                        + engagement.imputation().chapitre() + ", pas sur le chapitre " + ligne.imputation().chapitre()
                        + ".");
            }
        }
        BigDecimal reste = engagement.montant().subtract(consomme(em, entity));
        if (montant.compareTo(reste) > 0) {
            refus.add("L'engagement n° " + numero + "/" + exercice + " (" + euros(engagement.montant())
                    + ") ne couvre plus que " + euros(reste) + " : mandat de " + euros(montant) + ", dépassement "
                    + euros(montant.subtract(reste)) + ".");
        }
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        return entity;
    }

    /** What the mandats on an engagement add up to, net of annulations and réductions. */
    static BigDecimal consomme(EntityManager em, EngagementEntity engagement) {
        return em.createQuery("SELECT p FROM PieceEntity p WHERE p.engagement = :g AND p.collectivite = :c",
                PieceEntity.class).setParameter("g", engagement).setParameter("c", engagement.getCollectivite())
                .getResultStream().map(p -> p.getNature().corrective() ? p.getMontant().negate() : p.getMontant())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
