package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.FicheEngagement;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.CompteurEntity;
import fr.mutualis.budget.server.internal.entity.EngagementEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.budget.server.internal.entity.TiersEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.regles.ControleChapitresPrevision;
import fr.mutualis.budget.server.regles.ControleCredits;
import fr.mutualis.budget.server.regles.ControleImputation;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/**
 * Commitment accounts, when the collectivity keeps them: a mandat names the engagement it consumes, on the same
 * chapter, and may not exceed what is left of it (its amount minus the mandats already on it, net of corrections).
 */
final class Engagements {

    private Engagements() {
    }

    /**
     * Numbers, checks and records a new engagement in the caller's transaction (the counters of the budget and
     * exercice must exist: see {@link Compteurs#assurer}).
     *
     * @param tiers the tiers it is taken for, or null
     */
    static EngagementEntity creer(EntityManager em, Referentiels referentiels, AuditJournal journal,
            CollectiviteId collectivite, SaisieEngagement saisie, TiersEntity tiers) {
        BudgetEntity budget = Budgets.trouver(em, collectivite, saisie.budget());
        if (!Budgets.engagementsActives(em, collectivite.code())) {
            throw new DonneeInvalideException("La collectivité ne tient pas de comptabilité d'engagement "
                    + "(l'administrateur l'active avec budget:engagements).");
        }
        Compteurs.verrouiller(em, budget, saisie.exercice(), Compteurs.CREDITS);
        CompteurEntity compteur = Compteurs.verrouiller(em, budget, saisie.exercice(), Compteurs.ENGAGEMENT);
        Engagement engagement = new Engagement(saisie.exercice(), compteur.getDernier() + 1, saisie.date(),
                saisie.objet(), saisie.imputation(), saisie.montant());
        PlanDeComptes plan = referentiels.plan(saisie.exercice(), budget.getDeclinaison());
        List<String> refus = new ArrayList<>(ControleImputation.verifier(saisie.imputation(), Sens.DEPENSE, plan));
        refus.addAll(ControleChapitresPrevision.verifier(engagement));
        if (saisie.date().getYear() != saisie.exercice()) {
            refus.add("Un engagement de l'exercice " + saisie.exercice() + " est daté de cet exercice.");
        }
        TotauxChapitres totaux = TotauxChapitres.charger(em, budget, saisie.exercice());
        refus.addAll(ControleCredits.verifier(engagement, totaux.situation(List.of(), List.of())));
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        EngagementEntity entity = new EngagementEntity(budget, engagement, tiers);
        em.persist(entity);
        totaux.engager(engagement);
        compteur.utiliser(engagement.numero());
        journal.record(em, collectivite.code(), "engagement.creer", "Engagement n° " + engagement.numero() + "/"
                + engagement.exercice() + " (budget " + budget.getCodBud() + ") " + euros(engagement.montant())
                + (tiers == null ? "" : " pour le tiers n° " + tiers.getId()));
        return entity;
    }

    /** The engagement with its tiers, what is mandated on it and what is left. */
    static FicheEngagement fiche(EntityManager em, EngagementEntity entity) {
        TiersEntity tiers = entity.getTiers();
        return new FicheEngagement(entity.toEngagement(), tiers == null ? null : tiers.getId(),
                tiers == null ? null : tiers.toTiers(null).nomComplet(), entity.getMontantInitial(),
                consomme(em, entity).max(BigDecimal.ZERO.setScale(2)), entity.getMotif());
    }

    /**
     * Lowers an engagement to {@code montant} (zero to cancel it before any mandat), never below what is mandated on
     * it; null {@code montant} cancels what is left.
     */
    static EngagementEntity reduire(EntityManager em, AuditJournal journal, EngagementEntity entity,
            BigDecimal montant, String motif) {
        Engagement engagement = entity.toEngagement();
        String nom = "L'engagement n° " + engagement.numero() + "/" + engagement.exercice();
        if (motif == null || motif.isBlank()) {
            throw new DonneeInvalideException(nom + " : indiquez le motif de "
                    + (montant == null ? "l'annulation." : "la réduction."));
        }
        BigDecimal mandate = consomme(em, entity).max(BigDecimal.ZERO.setScale(2));
        BigDecimal nouveau = montant == null ? mandate : montant.setScale(2, RoundingMode.HALF_UP);
        List<String> refus = new ArrayList<>();
        if (engagement.montant().compareTo(mandate) <= 0) {
            refus.add(nom + " est déjà entièrement mandaté ou annulé (" + euros(engagement.montant())
                    + ") : il n'y a plus rien à réduire.");
        } else if (nouveau.signum() < 0 || nouveau.compareTo(engagement.montant()) >= 0) {
            refus.add(nom + " porte sur " + euros(engagement.montant()) + " : une réduction le ramène à un montant "
                    + "inférieur (demandé " + euros(nouveau) + ").");
        } else if (nouveau.compareTo(mandate) < 0) {
            refus.add(nom + " est déjà mandaté pour " + euros(mandate) + " : il ne peut pas être ramené à "
                    + euros(nouveau) + ".");
        }
        if (!refus.isEmpty()) {
            throw new DonneeInvalideException(refus);
        }
        entity.reduire(nouveau, motif.strip());
        TotauxChapitres.charger(em, entity.getBudget(), engagement.exercice()).reduire(engagement, nouveau);
        journal.record(em, entity.getCollectivite(), montant == null ? "engagement.annuler" : "engagement.reduire",
                "Engagement n° " + engagement.numero() + "/" + engagement.exercice() + " (budget "
                        + entity.getBudget().getCodBud() + ") " + euros(engagement.montant()) + " -> "
                        + euros(nouveau));
        return entity;
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
        if (engagement.montant().signum() == 0) {
            throw new DonneeInvalideException("L'engagement n° " + numero + "/" + exercice + " est annulé : aucun "
                    + "mandat ne peut plus le consommer.");
        }
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
