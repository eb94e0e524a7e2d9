package fr.mutualis.core.server.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.entity.UserAccount;
import jakarta.persistence.EntityManager;

/** The look-ups the administration shares: a collectivity or an account by its key, with the French "unknown". */
final class Lookups {

    private Lookups() {
    }

    static Optional<CollectiviteEntity> find(EntityManager em, String code) {
        return em.createQuery("SELECT c FROM CollectiviteEntity c WHERE c.code = :code", CollectiviteEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    static CollectiviteEntity require(EntityManager em, String code) {
        return find(em, code).orElseThrow(() -> new IntrouvableException("Collectivité inconnue : " + code
                + ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add)."));
    }

    static UserAccount findUser(EntityManager em, String login) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                .setParameter("login", login).getResultStream().findFirst().orElse(null);
    }

    static UserAccount requireUser(EntityManager em, String login) {
        UserAccount user = login == null ? null : findUser(em, login);
        if (user == null) {
            throw new IntrouvableException("Utilisateur inconnu : « " + login + " ».");
        }
        return user;
    }

    /** The roles the user holds directly on the collectivity. */
    static Set<Role> roles(EntityManager em, String login, String code) {
        List<Role> roles = em.createQuery("SELECT h.role FROM HabilitationEntity h WHERE h.user.login = :login "
                + "AND h.collectivite.code = :code", Role.class).setParameter("login", login)
                .setParameter("code", code).getResultList();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static String names(Set<Role> roles) {
        return roles.stream().sorted().map(r -> r.name().toLowerCase()).collect(Collectors.joining(", "));
    }
}
