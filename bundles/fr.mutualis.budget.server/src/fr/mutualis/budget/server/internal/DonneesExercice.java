package fr.mutualis.budget.server.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeChapitre;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.Codes;
import fr.mutualis.budget.server.internal.entity.DecisionEntity;
import fr.mutualis.budget.server.internal.entity.EngagementEntity;
import fr.mutualis.budget.server.internal.entity.PieceEntity;
import fr.mutualis.budget.server.internal.entity.VirementEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.regles.SituationCredits;
import fr.mutualis.budget.server.regles.TotalChapitre;
import jakarta.persistence.EntityManager;

/**
 * Everything recorded for one budget and exercice, as the pure rules take it: decisions, the fongibilité rate voted with
 * the BP, virements, engagements and pièces (tiers without bank details), up to a date or all of it.
 */
record DonneesExercice(int exercice, List<DecisionBudgetaire> decisions, BigDecimal tauxFongibilite,
        List<Virement> virements, List<Engagement> engagements, List<Piece> pieces) {

    static DonneesExercice charger(EntityManager em, BudgetEntity budget, int exercice, PlanDeComptes plan,
            LocalDate jusquA) {
        LocalDate fin = jusquA == null ? LocalDate.MAX : jusquA;
        List<DecisionEntity> decisions = decisions(em, budget, exercice, fin);
        BigDecimal taux = decisions.stream().filter(d -> d.getEtape() == EtapeBudgetaire.BP)
                .map(DecisionEntity::getTauxFongibilite).findFirst().orElse(null);
        List<Engagement> engagements = em.createQuery("SELECT g FROM EngagementEntity g WHERE g.budget = :b "
                + "AND g.collectivite = :c AND g.exercice = :e ORDER BY g.numero", EngagementEntity.class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).setParameter("e", exercice)
                .getResultList().stream().map(EngagementEntity::toEngagement).filter(g -> !g.date().isAfter(fin))
                .toList();
        List<Piece> pieces = em.createQuery("SELECT p FROM PieceEntity p WHERE p.budget = :b "
                + "AND p.collectivite = :c AND p.exercice = :e ORDER BY p.sens, p.numero", PieceEntity.class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).setParameter("e", exercice)
                .getResultList().stream().filter(p -> !p.getDate().isAfter(fin))
                .map(p -> p.toPiece(p.getTiers().toTiers(null))).toList();
        return new DonneesExercice(exercice, decisions.stream().map(DecisionEntity::toDecision).toList(), taux,
                virements(em, budget, exercice, plan, fin), engagements, pieces);
    }

    /**
     * The credits of the budget and exercice up to a date, for the execution report: the amounts engaged and executed
     * are summed by the database per chapter (indexes of db/budget/V2), no pièce is loaded.
     */
    static SituationCredits situationAu(EntityManager em, BudgetEntity budget, int exercice, PlanDeComptes plan,
            LocalDate jusquA) {
        List<DecisionBudgetaire> decisions = decisions(em, budget, exercice, jusquA).stream()
                .map(DecisionEntity::toDecision).toList();
        List<TotalChapitre> engages = em.createQuery("SELECT g.section, g.chapitre, SUM(g.montant) "
                + "FROM EngagementEntity g WHERE g.budget = :b AND g.collectivite = :c AND g.exercice = :e "
                + "AND g.date <= :fin GROUP BY g.section, g.chapitre", Object[].class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).setParameter("e", exercice)
                .setParameter("fin", jusquA).getResultList().stream()
                .map(t -> new TotalChapitre(Section.depuisCode((String) t[0]), Sens.DEPENSE, (String) t[1],
                        (BigDecimal) t[2]))
                .toList();
        List<TotalChapitre> realises = em.createQuery("SELECT l.section, p.sens, l.chapitre, p.nature, "
                + "SUM(l.montant) FROM LignePieceEntity l JOIN l.piece p WHERE p.budget = :b AND p.collectivite = :c "
                + "AND p.exercice = :e AND p.date <= :fin GROUP BY l.section, p.sens, l.chapitre, p.nature",
                Object[].class).setParameter("b", budget).setParameter("c", budget.getCollectivite())
                .setParameter("e", exercice).setParameter("fin", jusquA).getResultList().stream()
                .map(t -> {
                    BigDecimal montant = (BigDecimal) t[4];
                    boolean corrective = NaturePiece.valueOf((String) t[3]).corrective();
                    return new TotalChapitre(Section.depuisCode((String) t[0]), Codes.sens((String) t[1]),
                            (String) t[2], corrective ? montant.negate() : montant);
                })
                .toList();
        return SituationCredits.deTotaux(exercice, decisions, virements(em, budget, exercice, plan, jusquA), engages,
                realises);
    }

    private static List<DecisionEntity> decisions(EntityManager em, BudgetEntity budget, int exercice, LocalDate fin) {
        return em.createQuery("SELECT d FROM DecisionEntity d WHERE d.budget = :b "
                + "AND d.collectivite = :c AND d.exercice = :e ORDER BY d.id", DecisionEntity.class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).setParameter("e", exercice)
                .getResultList().stream().filter(d -> !d.toDecision().dateVote().isAfter(fin)).toList();
    }

    private static List<Virement> virements(EntityManager em, BudgetEntity budget, int exercice, PlanDeComptes plan,
            LocalDate fin) {
        return em.createQuery("SELECT v FROM VirementEntity v WHERE v.budget = :b "
                + "AND v.collectivite = :c AND v.exercice = :e ORDER BY v.date, v.id", VirementEntity.class)
                .setParameter("b", budget).setParameter("c", budget.getCollectivite()).setParameter("e", exercice)
                .getResultList().stream().filter(v -> !v.getDate().isAfter(fin))
                .map(v -> new Virement(v.getExercice(), v.getDate(), chapitre(plan, v.getChapitreSource(), v),
                        chapitre(plan, v.getChapitreDestination(), v), v.getMontant()))
                .toList();
    }

    private static Chapitre chapitre(PlanDeComptes plan, String code, VirementEntity virement) {
        return plan.chapitre(code).orElseGet(() -> new Chapitre(code, code, virement.getSection(),
                TypeChapitre.GLOBALISE, NatureOperation.REELLE, false));
    }

    SituationCredits situation() {
        return SituationCredits.de(exercice, decisions, virements, engagements, pieces);
    }

    /** The same data with more pièces, e.g. those of a lot already checked. */
    DonneesExercice avecPieces(List<? extends Piece> autres) {
        List<Piece> toutes = new ArrayList<>(pieces);
        toutes.addAll(autres);
        return new DonneesExercice(exercice, decisions, tauxFongibilite, virements, engagements, toutes);
    }

    Optional<DecisionBudgetaire> budgetPrimitif() {
        return decisions.stream().filter(d -> d.etape() == EtapeBudgetaire.BP).findFirst();
    }

    /** Every line voted so far, BP, BS and DMs together. */
    List<LigneCredit> lignesVotees() {
        return decisions.stream().flatMap(d -> d.lignes().stream()).toList();
    }
}
