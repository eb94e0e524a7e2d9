package fr.mutualis.budget.server.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeChapitre;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.Codes;
import fr.mutualis.budget.server.internal.entity.DecisionEntity;
import fr.mutualis.budget.server.internal.entity.VirementEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.budget.server.regles.SituationCredits;
import fr.mutualis.budget.server.regles.TotalChapitre;
import jakarta.persistence.EntityManager;

/**
 * What the checks of a write need about one budget and exercice: decisions, the fongibilité rate voted with the BP,
 * virements (a few rows each) and the running totals per chapter. No pièce nor engagement is loaded.
 */
record DonneesExercice(int exercice, List<DecisionBudgetaire> decisions, BigDecimal tauxFongibilite,
        List<Virement> virements, TotauxChapitres totaux) {

    /** The caller's transaction holds the budget's CREDITS lock when it writes. */
    static DonneesExercice charger(EntityManager em, BudgetEntity budget, int exercice, PlanDeComptes plan) {
        List<DecisionEntity> decisions = decisions(em, budget, exercice, LocalDate.MAX);
        BigDecimal taux = decisions.stream().filter(d -> d.getEtape() == EtapeBudgetaire.BP)
                .map(DecisionEntity::getTauxFongibilite).findFirst().orElse(null);
        return new DonneesExercice(exercice, decisions.stream().map(DecisionEntity::toDecision).toList(), taux,
                virements(em, budget, exercice, plan, LocalDate.MAX), TotauxChapitres.charger(em, budget, exercice));
    }

    /**
     * The execution by chapter up to a date: the running totals when nothing recorded is dated after it (a report of
     * the day or of the year), otherwise the sums of {@link #situationAu}.
     */
    static List<LigneExecution> executionAu(EntityManager em, BudgetEntity budget, int exercice, PlanDeComptes plan,
            LocalDate jusquA) {
        TotauxChapitres totaux = TotauxChapitres.charger(em, budget, exercice);
        if (totaux.dateMax().filter(d -> !d.isAfter(jusquA)).isPresent()) {
            return totaux.situation(List.of(), List.of()).lignes();
        }
        return situationAu(em, budget, exercice, plan, jusquA).lignes();
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
                .getResultList().stream().filter(d -> !d.getDateVote().isAfter(fin)).toList();
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

    /** The credits with the virements of the exercice. */
    SituationCredits situation() {
        return totaux.situation(virements, List.of());
    }

    Optional<DecisionBudgetaire> budgetPrimitif() {
        return decisions.stream().filter(d -> d.etape() == EtapeBudgetaire.BP).findFirst();
    }

    /** Every line voted so far, BP, BS and DMs together. */
    List<LigneCredit> lignesVotees() {
        return decisions.stream().flatMap(d -> d.lignes().stream()).toList();
    }
}
