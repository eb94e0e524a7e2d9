package fr.mutualis.core.server.internal;

import static fr.mutualis.core.server.internal.Lookups.names;
import static fr.mutualis.core.server.internal.Lookups.require;
import static fr.mutualis.core.server.internal.Lookups.requireUser;
import static fr.mutualis.core.server.internal.Lookups.roles;

import java.util.Set;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.entity.HabilitationEntity;
import fr.mutualis.core.server.internal.entity.UserAccount;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.AccountEvents;
import fr.mutualis.core.server.spi.AuditJournal;

/**
 * Granting and revoking a user's roles on a collectivity. Each change empties the access cache once committed; a
 * revocation also ends the user's sessions.
 */
final class Habilitations {

    private final CoreStore store;
    private final AuditJournal journal;
    private final AccountEventPublisher events;
    private final AccessCache cache;

    Habilitations(CoreStore store, AuditJournal journal, AccountEventPublisher events, AccessCache cache) {
        this.store = store;
        this.journal = journal;
        this.events = events;
        this.cache = cache;
    }

    void grant(String login, String code, Set<Role> roles) {
        CollectiviteId id = CollectiviteId.of(code);
        if (roles == null || roles.isEmpty()) {
            throw new DonneeInvalideException("Indiquez au moins un rôle : " + Role.names() + ".");
        }
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            CollectiviteEntity c = require(em, id.code());
            Set<Role> held = roles(em, login, id.code());
            for (Role role : roles) {
                if (!held.contains(role)) {
                    em.persist(new HabilitationEntity(user, c, role));
                }
            }
            journal.record(em, id.code(), "habilitation.accorder", login + " : " + names(roles));
        });
        cache.clear();
    }

    void revoke(String login, String code, Set<Role> roles) {
        CollectiviteId id = CollectiviteId.of(code);
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            CollectiviteEntity c = require(em, id.code());
            Set<Role> removing = roles == null || roles.isEmpty() ? roles(em, login, id.code()) : roles;
            int removed = removing.isEmpty() ? 0 : em.createQuery("DELETE FROM HabilitationEntity h WHERE h.user = :u "
                    + "AND h.collectivite = :c AND h.role IN :roles").setParameter("u", user).setParameter("c", c)
                    .setParameter("roles", removing).executeUpdate();
            if (removed == 0) {
                throw new DonneeInvalideException(login + " n'a aucun de ces rôles sur " + c.getNom() + ".");
            }
            journal.record(em, id.code(), "habilitation.retirer", login + " : " + names(removing));
        });
        cache.clear();
        events.changed(login, AccountEvents.ROLES_REVOKED);
    }
}
