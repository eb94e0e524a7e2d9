package fr.mutualis.budget.server.internal;

import static fr.mutualis.core.api.FormatMontant.euros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.DemandeVirement;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.budget.api.VoteBudget;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.DecisionEntity;
import fr.mutualis.budget.server.internal.entity.VirementEntity;
import fr.mutualis.budget.server.nomenclature.PlanDeComptes;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.budget.server.regles.ControleVirements;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;

/** Budgets, votes, virements and execution by chapter. Runs after the access policy has verified the caller. */
@Component(service = BudgetService.class, property = "mutualis.remote=true")
public final class BudgetServiceImpl implements BudgetService {

    private final BudgetStore store;
    private final Referentiels referentiels;
    private final AuditJournal journal;
    private final Votes votes;

    @Activate
    public BudgetServiceImpl(@Reference BudgetStore store, @Reference Referentiels referentiels,
            @Reference AuditJournal journal, @Reference Horloge horloge) {
        this.store = store;
        this.referentiels = referentiels;
        this.journal = journal;
        this.votes = new Votes(referentiels, horloge, journal);
    }

    @Override
    public List<FicheBudget> budgets(CollectiviteId collectivite) {
        return Transactions.read(store.emf(), em -> Budgets.tous(em, collectivite).stream()
                .map(b -> Budgets.fiche(em, b)).toList());
    }

    @Override
    public FicheBudget creerBudget(CollectiviteId collectivite, Budget budget) {
        if (budget == null) {
            throw new DonneeInvalideException("Indiquez le budget à créer.");
        }
        if (!ControleSiret.siretValide(budget.idColl())) {
            throw new DonneeInvalideException("SIRET du budget (IdColl) invalide : " + budget.idColl()
                    + " (14 chiffres dont une clé de contrôle).");
        }
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.write(store.emf(), em -> {
            List<BudgetEntity> existants = Budgets.tous(em, collectivite);
            List<String> refus = new ArrayList<>();
            existants.stream().filter(b -> b.getCodBud().equals(budget.codBud())).findFirst().ifPresent(b -> refus
                    .add("Le code budget (CodBud) " + budget.codBud() + " est déjà pris par « "
                            + b.toBudget().libelle() + " »."));
            if (budget.type() == TypeBudget.PRINCIPAL) {
                existants.stream().filter(b -> b.toBudget().type() == TypeBudget.PRINCIPAL).findFirst()
                        .ifPresent(b -> refus.add("La collectivité a déjà un budget principal : « "
                                + b.toBudget().libelle() + " » (" + b.getCodBud() + ")."));
            }
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            BudgetEntity entity = new BudgetEntity(collectivite.code(), budget);
            em.persist(entity);
            journal.record(em, collectivite.code(), "budget.creer", budget.codBud() + " " + budget.libelle());
            return Budgets.fiche(em, entity);
        }));
    }

    @Override
    public RapportEquilibre voter(CollectiviteId collectivite, VoteBudget vote) {
        if (vote == null) {
            throw new DonneeInvalideException("Indiquez la décision budgétaire à voter.");
        }
        int exercice = vote.decision().exercice();
        BudgetEntity budget = Transactions.read(store.emf(), em -> Budgets.trouver(em, collectivite, vote.budget()));
        Compteurs.assurer(store.emf(), budget, exercice, Compteurs.CREDITS);
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.write(store.emf(),
                em -> votes.voter(em, Budgets.trouver(em, collectivite, vote.budget()), vote)));
    }

    @Override
    public List<DecisionBudgetaire> decisions(CollectiviteId collectivite, String budget, int exercice) {
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT d FROM DecisionEntity d WHERE "
                + "d.budget = :b AND d.collectivite = :c AND d.exercice = :e ORDER BY d.id", DecisionEntity.class)
                .setParameter("b", Budgets.trouver(em, collectivite, budget)).setParameter("c", collectivite.code())
                .setParameter("e", exercice).getResultList().stream().map(DecisionEntity::toDecision).toList());
    }

    @Override
    public Virement virer(CollectiviteId collectivite, DemandeVirement demande) {
        if (demande == null) {
            throw new DonneeInvalideException("Indiquez le virement de crédits.");
        }
        BudgetEntity lu = Transactions.read(store.emf(), em -> Budgets.trouver(em, collectivite, demande.budget()));
        Compteurs.assurer(store.emf(), lu, demande.exercice(), Compteurs.CREDITS);
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.writeOnce(store.emf(), em -> {
            BudgetEntity budget = Budgets.trouver(em, collectivite, demande.budget());
            Compteurs.verrouiller(em, budget, demande.exercice(), Compteurs.CREDITS);
            PlanDeComptes plan = referentiels.plan(demande.exercice(), budget.getDeclinaison());
            DonneesExercice donnees = DonneesExercice.charger(em, budget, demande.exercice(), plan);
            List<String> refus = new ArrayList<>();
            Optional<Chapitre> source = chapitreReel(plan, demande.chapitreSource(), refus);
            Optional<Chapitre> destination = chapitreReel(plan, demande.chapitreDestination(), refus);
            if (demande.date().getYear() != demande.exercice()) {
                refus.add("Un virement de l'exercice " + demande.exercice() + " est daté de cet exercice, pas du "
                        + demande.date() + ".");
            }
            Optional<DecisionBudgetaire> bp = donnees.budgetPrimitif();
            if (bp.isEmpty()) {
                refus.add("Aucun budget primitif " + demande.exercice() + " n'est voté : pas de virement possible.");
            } else if (donnees.tauxFongibilite() == null || donnees.tauxFongibilite().signum() == 0) {
                refus.add("Le budget primitif " + demande.exercice() + " n'a délégué aucun virement de crédits entre "
                        + "chapitres (taux de fongibilité voté : 0 %).");
            }
            if (!refus.isEmpty() || source.isEmpty() || destination.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            Virement virement = new Virement(demande.exercice(), demande.date(), source.get(), destination.get(),
                    demande.montant());
            refus.addAll(ControleVirements.verifier(virement, donnees.tauxFongibilite(),
                    referentiels.parametres().tauxMaximumFongibilite(demande.date()), bp.get(),
                    donnees.situation()));
            if (!refus.isEmpty()) {
                throw new DonneeInvalideException(refus);
            }
            em.persist(new VirementEntity(budget, virement));
            donnees.totaux().virer(virement);
            journal.record(em, collectivite.code(), "budget.virer", "Virement " + euros(virement.montant()) + " du "
                    + "chapitre " + source.get().code() + " au chapitre " + destination.get().code() + " (budget "
                    + budget.getCodBud() + " " + demande.exercice() + ")");
            return virement;
        }));
    }

    /** Fongibilité concerns real chapters: forecast-only (020 to 024) and ordre (040 to 043) chapters are refused. */
    private static Optional<Chapitre> chapitreReel(PlanDeComptes plan, String code, List<String> refus) {
        Optional<Chapitre> chapitre = plan.chapitre(code);
        if (chapitre.isEmpty()) {
            refus.add("Chapitre " + code + " inconnu du plan de comptes " + plan.declinaison().name() + " "
                    + plan.exercice() + ".");
        } else if (chapitre.get().previsionSeulement() || chapitre.get().nature() == NatureOperation.ORDRE) {
            refus.add("Le chapitre " + chapitre.get().libelleComplet() + " n'est pas un chapitre de dépenses réelles : "
                    + "la fongibilité des crédits ne le concerne pas.");
            return Optional.empty();
        }
        return chapitre;
    }

    @Override
    public List<Virement> virements(CollectiviteId collectivite, String budget, int exercice) {
        return Transactions.read(store.emf(), em -> {
            BudgetEntity b = Budgets.trouver(em, collectivite, budget);
            return DonneesExercice.charger(em, b, exercice, referentiels.plan(exercice, b.getDeclinaison()))
                    .virements();
        });
    }

    @Override
    public RapportExecution execution(CollectiviteId collectivite, String budget, int exercice, LocalDate date) {
        LocalDate jusquA = date == null ? LocalDate.of(exercice, 12, 31) : date;
        return Transactions.read(store.emf(), em -> {
            BudgetEntity b = Budgets.trouver(em, collectivite, budget);
            PlanDeComptes plan = referentiels.plan(exercice, b.getDeclinaison());
            Map<String, String> libelles = new LinkedHashMap<>();
            plan.chapitres().forEach(c -> libelles.put(c.code(), c.libelle()));
            return new RapportExecution(Budgets.fiche(em, b), exercice, jusquA, plan.resume(),
                    DonneesExercice.executionAu(em, b, exercice, plan, jusquA), libelles);
        });
    }
}
