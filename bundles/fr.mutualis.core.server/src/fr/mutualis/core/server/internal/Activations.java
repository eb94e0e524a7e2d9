package fr.mutualis.core.server.internal;

import static fr.mutualis.core.server.internal.Lookups.require;

import java.util.List;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.entity.ModuleActivation;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;

/** Enabling and disabling a module for a collectivity; the access cache is emptied once the change is committed. */
final class Activations {

    private final CoreStore store;
    private final ModuleRegistry modules;
    private final AuditJournal journal;
    private final AccessCache cache;

    Activations(CoreStore store, ModuleRegistry modules, AuditJournal journal, AccessCache cache) {
        this.store = store;
        this.modules = modules;
        this.journal = journal;
        this.cache = cache;
    }

    List<ModuleInfo> availableModules() {
        return modules.all();
    }

    void enableModule(String code, String module) {
        ModuleInfo info = modules.require(module);
        CollectiviteId id = CollectiviteId.of(code);
        Transactions.run(store.emf(), em -> {
            CollectiviteEntity c = require(em, id.code());
            if (enabled(em, id.code(), info.id())) {
                throw new DonneeInvalideException("Le module " + info.id() + " est déjà activé pour " + c.getNom() + ".");
            }
            em.persist(new ModuleActivation(c, info.id()));
            journal.record(em, id.code(), "module.activer", info.id());
        });
        cache.clear();
    }

    void disableModule(String code, String module) {
        ModuleInfo info = modules.require(module);
        CollectiviteId id = CollectiviteId.of(code);
        Transactions.run(store.emf(), em -> {
            CollectiviteEntity c = require(em, id.code());
            int removed = em.createQuery("DELETE FROM ModuleActivation m WHERE m.collectivite = :c AND m.module = :m")
                    .setParameter("c", c).setParameter("m", info.id()).executeUpdate();
            if (removed == 0) {
                throw new DonneeInvalideException("Le module " + info.id() + " n'est pas activé pour " + c.getNom() + ".");
            }
            journal.record(em, id.code(), "module.desactiver", info.id());
        });
        cache.clear();
    }

    /** Whether the module is enabled for the collectivity, read from the database. */
    static boolean enabled(EntityManager em, String code, String module) {
        return em.createQuery("SELECT COUNT(m) FROM ModuleActivation m WHERE m.collectivite.code = :code "
                + "AND m.module = :module", Long.class).setParameter("code", code).setParameter("module", module)
                .getSingleResult() > 0;
    }
}
