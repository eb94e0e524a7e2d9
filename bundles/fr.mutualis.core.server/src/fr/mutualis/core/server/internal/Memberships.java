package fr.mutualis.core.server.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.mutualis.core.api.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The roles a user holds for a collectivity: directly, or through a service collectivity to which the collectivity
 * delegated a module (an EPCI's urbanism instruction service acts for its member communes in that module only).
 */
final class Memberships {

    private Memberships() {
    }

    static Set<Role> direct(EntityManager em, String login, String code) {
        return set(em.createQuery("SELECT h.role FROM HabilitationEntity h WHERE h.user.login = :login "
                + "AND h.collectivite.code = :code", Role.class).setParameter("login", login)
                .setParameter("code", code).getResultList());
    }

    /** Roles held on the services the collectivity delegated {@code module} to; any module when it is empty. */
    static Set<Role> delegated(EntityManager em, String login, String code, String module) {
        String jpql = "SELECT h.role FROM HabilitationEntity h, Delegation d WHERE d.collectivite.code = :code "
                + "AND d.service = h.collectivite AND h.user.login = :login";
        TypedQuery<Role> q = em.createQuery(module.isEmpty() ? jpql : jpql + " AND d.module = :module", Role.class)
                .setParameter("login", login).setParameter("code", code);
        if (!module.isEmpty()) {
            q.setParameter("module", module);
        }
        return set(q.getResultList());
    }

    /** Modules the collectivity delegated to a service where the user holds a role. */
    static List<String> delegatedModules(EntityManager em, String login, String code) {
        return em.createQuery("SELECT DISTINCT d.module FROM HabilitationEntity h, Delegation d WHERE "
                + "d.collectivite.code = :code AND d.service = h.collectivite AND h.user.login = :login", String.class)
                .setParameter("login", login).setParameter("code", code).getResultList();
    }

    private static Set<Role> set(List<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
