package fr.mutualis.core.server.internal;

import static fr.mutualis.core.server.internal.Lookups.require;

import java.util.ArrayList;
import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.entity.Delegation;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;

/**
 * Communes delegating a module to a service collectivity (an EPCI or a syndicat), and withdrawing it; the access
 * cache is emptied once the change is committed.
 */
final class Delegations {

    private final CoreStore store;
    private final ModuleRegistry modules;
    private final AuditJournal journal;
    private final AccessCache cache;

    Delegations(CoreStore store, ModuleRegistry modules, AuditJournal journal, AccessCache cache) {
        this.store = store;
        this.modules = modules;
        this.journal = journal;
        this.cache = cache;
    }

    int delegate(String module, String service, List<String> communes) {
        ModuleInfo info = modules.require(module);
        CollectiviteId serviceId = CollectiviteId.of(service);
        List<CollectiviteId> ids = communes == null ? List.of()
                : communes.stream().map(CollectiviteId::of).distinct().toList();
        int delegated = Transactions.write(store.emf(), em -> {
            CollectiviteEntity provider = require(em, serviceId.code());
            if (provider.getKind() == CollectiviteKind.COMMUNE) {
                throw new DonneeInvalideException(provider.getNom() + " est une commune : seul un EPCI ou un syndicat "
                        + "peut assurer un service pour d'autres collectivités.");
            }
            List<CollectiviteEntity> targets = new ArrayList<>();
            if (ids.isEmpty()) {
                targets.addAll(em.createQuery("SELECT c FROM CollectiviteEntity c WHERE c.epci = :s ORDER BY c.nom",
                        CollectiviteEntity.class).setParameter("s", provider).getResultList());
                if (targets.isEmpty()) {
                    throw new DonneeInvalideException(provider.getNom() + " n'a aucune commune membre : précisez les "
                            + "communes concernées.");
                }
            } else {
                for (CollectiviteId id : ids) {
                    targets.add(require(em, id.code()));
                }
            }
            List<String> errors = new ArrayList<>();
            for (CollectiviteEntity commune : targets) {
                if (commune.getKind() != CollectiviteKind.COMMUNE) {
                    errors.add(commune.getNom() + " (" + commune.getCode() + ") n'est pas une commune.");
                } else if (provider.getKind() == CollectiviteKind.EPCI && !provider.equals(commune.getEpci())) {
                    errors.add(commune.getNom() + " (" + commune.getCode() + ") n'est pas membre de "
                            + provider.getNom() + ".");
                } else {
                    em.createQuery("SELECT d FROM Delegation d WHERE d.collectivite = :c AND d.module = :m",
                            Delegation.class).setParameter("c", commune).setParameter("m", info.id())
                            .getResultStream().findFirst().ifPresent(d -> errors.add(commune.getNom() + " a déjà "
                                    + "délégué le module " + info.id() + " à " + d.getService().getNom() + "."));
                }
            }
            if (!errors.isEmpty()) {
                throw new DonneeInvalideException(errors);
            }
            for (CollectiviteEntity commune : targets) {
                em.persist(new Delegation(commune, info.id(), provider));
                journal.record(em, commune.getCode(), "delegation.accorder", info.id() + " -> " + provider.getCode());
            }
            return targets.size();
        });
        cache.clear();
        return delegated;
    }

    void undelegate(String module, String commune) {
        ModuleInfo info = modules.require(module);
        CollectiviteId id = CollectiviteId.of(commune);
        Transactions.run(store.emf(), em -> {
            CollectiviteEntity c = require(em, id.code());
            int removed = em.createQuery("DELETE FROM Delegation d WHERE d.collectivite = :c AND d.module = :m")
                    .setParameter("c", c).setParameter("m", info.id()).executeUpdate();
            if (removed == 0) {
                throw new DonneeInvalideException(c.getNom() + " n'a pas délégué le module " + info.id() + ".");
            }
            journal.record(em, id.code(), "delegation.retirer", info.id());
        });
        cache.clear();
    }

    List<String> delegations(String code) {
        CollectiviteId id = CollectiviteId.of(code);
        return Transactions.read(store.emf(), em -> {
            List<String> lines = new ArrayList<>();
            for (Delegation d : em.createQuery("SELECT d FROM Delegation d WHERE d.collectivite.code = :code OR "
                    + "d.service.code = :code ORDER BY d.module, d.collectivite.nom", Delegation.class)
                    .setParameter("code", id.code()).getResultList()) {
                lines.add(d.getModule() + " : " + d.getCollectivite().getNom() + " (" + d.getCollectivite().getCode()
                        + ") -> " + d.getService().getNom() + " (" + d.getService().getCode() + ")");
            }
            return lines;
        });
    }
}
