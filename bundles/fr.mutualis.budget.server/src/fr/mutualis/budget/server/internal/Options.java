package fr.mutualis.budget.server.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.budget.server.internal.entity.OptionEntity;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;

/** The budget options of a collectivity, set by the administrator: commitment accounts (engagements) or not. */
@Component(service = Options.class)
public final class Options {

    private final BudgetStore store;
    private final AuditJournal journal;

    @Activate
    public Options(@Reference BudgetStore store, @Reference AuditJournal journal) {
        this.store = store;
        this.journal = journal;
    }

    public void engagements(CollectiviteId collectivite, boolean actives) {
        Transactions.run(store.emf(), em -> {
            em.createQuery("SELECT o FROM OptionEntity o WHERE o.collectivite = :c", OptionEntity.class)
                    .setParameter("c", collectivite.code()).getResultStream().findFirst().ifPresentOrElse(
                            o -> o.setEngagements(actives),
                            () -> em.persist(new OptionEntity(collectivite.code(), actives)));
            journal.record(em, collectivite.code(), "budget.option", "comptabilité d'engagement "
                    + (actives ? "activée" : "désactivée"));
        });
    }
}
