package fr.mutualis.core.server.internal;

import static fr.mutualis.core.server.internal.Lookups.find;
import static fr.mutualis.core.server.internal.Lookups.require;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.server.admin.ImportReport;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.referentiel.ReferentielImporter;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** The administrator's collectivities: search, detail, EPCI members, adding one, importing the reference data. */
final class Collectivites {

    private final CoreStore store;
    private final DatabaseComponent database;
    private final ModuleRegistry modules;
    private final AuditJournal journal;

    Collectivites(CoreStore store, DatabaseComponent database, ModuleRegistry modules, AuditJournal journal) {
        this.store = store;
        this.database = database;
        this.modules = modules;
        this.journal = journal;
    }

    List<Collectivite> list(String filter, int limit) {
        return Transactions.read(store.emf(), em -> filtered(em, filter, CollectiviteEntity.class, "c")
                .setMaxResults(limit).getResultList().stream().map(CollectiviteEntity::toValue).toList());
    }

    int count(String filter) {
        return Transactions.read(store.emf(), em -> filtered(em, filter, Long.class, "COUNT(c)").getSingleResult())
                .intValue();
    }

    private static <T> TypedQuery<T> filtered(EntityManager em, String filter, Class<T> type, String select) {
        String order = type == Long.class ? "" : " ORDER BY c.nom, c.code";
        if (filter == null || filter.isBlank()) {
            return em.createQuery("SELECT " + select + " FROM CollectiviteEntity c" + order, type);
        }
        String f = filter.strip();
        return em.createQuery("SELECT " + select + " FROM CollectiviteEntity c WHERE LOWER(c.nom) LIKE :like "
                + "OR c.code = :exact OR c.departement = :exact" + order, type)
                .setParameter("like", "%" + f.toLowerCase(Locale.FRANCE) + "%")
                .setParameter("exact", f.toUpperCase(Locale.ROOT));
    }

    CollectiviteDetail show(String code) {
        CollectiviteId id = CollectiviteId.of(code);
        return Transactions.read(store.emf(), em -> CollectiviteServiceImpl.detail(em, modules, id.code()));
    }

    List<Collectivite> members(String epciCode) {
        CollectiviteId id = CollectiviteId.of(epciCode);
        return Transactions.read(store.emf(), em -> {
            CollectiviteEntity epci = require(em, id.code());
            if (epci.getKind() != CollectiviteKind.EPCI) {
                throw new DonneeInvalideException(epci.getNom() + " (" + epci.getCode() + ") n'est pas un EPCI.");
            }
            return em.createQuery("SELECT c FROM CollectiviteEntity c WHERE c.epci = :epci ORDER BY c.nom",
                    CollectiviteEntity.class).setParameter("epci", epci).getResultList().stream()
                    .map(CollectiviteEntity::toValue).toList();
        });
    }

    Collectivite add(String code, String nom, CollectiviteKind kind, int population, String epciCode) {
        CollectiviteId id = CollectiviteId.of(code);
        List<String> errors = new ArrayList<>();
        if (kind == null) {
            errors.add("Type de collectivité manquant : commune, epci ou syndicat.");
        } else if (kind == CollectiviteKind.COMMUNE && !id.isCommuneInsee()) {
            errors.add("Une commune est identifiée par son code INSEE à 5 caractères, pas « " + id.code() + " ».");
        } else if (kind != CollectiviteKind.COMMUNE && id.isCommuneInsee()) {
            errors.add("Un EPCI ou un syndicat est identifié par son SIREN à 9 chiffres, pas « " + id.code() + " ».");
        } else if (!id.isCommuneInsee() && !ControleSiret.sirenValide(id.code())) {
            errors.add("SIREN invalide (clé de contrôle incorrecte) : " + id.code() + ".");
        }
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            errors.add("Nom de collectivité manquant ou trop long (200 caractères au plus).");
        }
        if (population < 0) {
            errors.add("La population ne peut pas être négative.");
        }
        if (!errors.isEmpty()) {
            throw new DonneeInvalideException(errors);
        }
        return Transactions.write(store.emf(), em -> {
            find(em, id.code()).ifPresent(existing -> {
                throw new DonneeInvalideException("La collectivité " + id.code() + " existe déjà : "
                        + existing.getNom() + ".");
            });
            CollectiviteEntity epci = null;
            if (epciCode != null && !epciCode.isBlank()) {
                epci = require(em, CollectiviteId.of(epciCode).code());
                if (epci.getKind() != CollectiviteKind.EPCI) {
                    throw new DonneeInvalideException(epci.getNom() + " (" + epci.getCode() + ") n'est pas un EPCI.");
                }
            }
            CollectiviteEntity entity = new CollectiviteEntity(id.code(), id.isCommuneInsee() ? null : id.code(),
                    nom.strip(), kind, population, null);
            entity.setEpci(epci);
            em.persist(entity);
            journal.record(em, id.code(), "collectivite.ajouter", entity.getNom());
            return entity.toValue();
        });
    }

    ImportReport importReferentiel(Path folder) {
        CallContext ctx = CallContext.current();
        return new ReferentielImporter(database).importFrom(folder,
                (c, operation, objet) -> AuditJournalImpl.insert(c, ctx.login(), ctx.clientAddress(), null, operation,
                        objet));
    }
}
