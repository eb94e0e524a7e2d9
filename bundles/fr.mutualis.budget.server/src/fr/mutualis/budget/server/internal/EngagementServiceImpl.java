package fr.mutualis.budget.server.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.api.EngagementService;
import fr.mutualis.budget.api.FicheEngagement;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.server.internal.entity.BudgetEntity;
import fr.mutualis.budget.server.internal.entity.EngagementEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.persistence.ConflitsSql;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;

/** Engagements with their tiers, amounts mandated and left, réductions and cancellations. */
@Component(service = EngagementService.class, property = "mutualis.remote=true")
public final class EngagementServiceImpl implements EngagementService {

    private final BudgetStore store;
    private final Referentiels referentiels;
    private final AuditJournal journal;

    @Activate
    public EngagementServiceImpl(@Reference BudgetStore store, @Reference Referentiels referentiels,
            @Reference AuditJournal journal) {
        this.store = store;
        this.referentiels = referentiels;
        this.journal = journal;
    }

    @Override
    public List<FicheEngagement> listeEngagements(CollectiviteId collectivite, String budget, int exercice) {
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT g FROM EngagementEntity g WHERE "
                + "g.budget = :b AND g.collectivite = :c AND g.exercice = :e ORDER BY g.numero", EngagementEntity.class)
                .setParameter("b", Budgets.trouver(em, collectivite, budget)).setParameter("c", collectivite.code())
                .setParameter("e", exercice).getResultList().stream().map(g -> Engagements.fiche(em, g)).toList());
    }

    @Override
    public FicheEngagement engagerPourTiers(CollectiviteId collectivite, SaisieEngagement saisie, long tiers) {
        if (saisie == null) {
            throw new DonneeInvalideException("Indiquez l'engagement.");
        }
        BudgetEntity budget = Transactions.read(store.emf(), em -> Budgets.trouver(em, collectivite, saisie.budget()));
        Compteurs.assurer(store.emf(), budget, saisie.exercice(), Compteurs.CREDITS, Compteurs.ENGAGEMENT);
        return ConflitsSql.reessayer("a budget transaction", () -> Transactions.write(store.emf(), em -> {
            EngagementEntity entity = Engagements.creer(em, referentiels, journal, collectivite, saisie,
                    Repertoire.trouver(em, collectivite, tiers));
            return Engagements.fiche(em, entity);
        }));
    }

    @Override
    public FicheEngagement reduireEngagement(CollectiviteId collectivite, String budget, int exercice, int numero,
            BigDecimal montant, String motif) {
        if (montant == null) {
            throw new DonneeInvalideException("Indiquez le nouveau montant de l'engagement.");
        }
        return corriger(collectivite, budget, exercice, numero, montant, motif);
    }

    @Override
    public FicheEngagement annulerEngagement(CollectiviteId collectivite, String budget, int exercice, int numero,
            String motif) {
        return corriger(collectivite, budget, exercice, numero, null, motif);
    }

    private FicheEngagement corriger(CollectiviteId collectivite, String budget, int exercice, int numero,
            BigDecimal montant, String motif) {
        return Transactions.write(store.emf(), em -> {
            BudgetEntity b = Budgets.trouver(em, collectivite, budget);
            Compteurs.verrouiller(em, b, exercice, Compteurs.CREDITS);
            EngagementEntity entity = Engagements.trouver(em, b, exercice, numero);
            return Engagements.fiche(em, Engagements.reduire(em, journal, entity, montant, motif));
        });
    }
}
