package fr.mutualis.core.server.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Compte;
import fr.mutualis.core.api.Habilitation;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.entity.HabilitationEntity;
import fr.mutualis.core.server.internal.entity.UserAccount;
import fr.mutualis.core.server.persistence.Transactions;
import jakarta.persistence.EntityManager;

/** The core remote service. Runs after the access policy: the caller and collectivity are already verified. */
@Component(service = CollectiviteService.class, property = "mutualis.remote=true")
public final class CollectiviteServiceImpl implements CollectiviteService {

    private final CoreStore store;
    private final ModuleRegistry modules;
    private final AccessCache cache;

    @Activate
    public CollectiviteServiceImpl(@Reference CoreStore store, @Reference ModuleRegistry modules,
            @Reference AccessCache cache) {
        this.store = store;
        this.modules = modules;
        this.cache = cache;
    }

    @Override
    public List<Collectivite> mesCollectivites() {
        String login = CallContext.current().login();
        return Transactions.read(store.emf(), em -> {
            List<CollectiviteEntity> mine = new ArrayList<>(em.createQuery("SELECT DISTINCT c FROM "
                    + "HabilitationEntity h JOIN h.collectivite c WHERE h.user.login = :login", CollectiviteEntity.class)
                    .setParameter("login", login).getResultList());
            for (CollectiviteEntity delegated : em.createQuery("SELECT DISTINCT d.collectivite FROM HabilitationEntity h, "
                    + "Delegation d WHERE d.service = h.collectivite AND h.user.login = :login", CollectiviteEntity.class)
                    .setParameter("login", login).getResultList()) {
                if (!mine.contains(delegated)) {
                    mine.add(delegated);
                }
            }
            return mine.stream().map(CollectiviteEntity::toValue)
                    .sorted(java.util.Comparator.comparing(Collectivite::nom).thenComparing(c -> c.id().code()))
                    .toList();
        });
    }

    @Override
    public Compte monCompte() {
        String login = CallContext.current().login();
        return Transactions.read(store.emf(), em -> {
            UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                    .setParameter("login", login).getSingleResult();
            return new Compte(user.getLogin(), user.getNom(), habilitations(em, login));
        });
    }

    static List<Habilitation> habilitations(EntityManager em, String login) {
        Map<CollectiviteEntity, Set<Role>> byCollectivite = new LinkedHashMap<>();
        for (HabilitationEntity h : em.createQuery("SELECT h FROM HabilitationEntity h WHERE h.user.login = :login "
                + "ORDER BY h.collectivite.nom, h.role", HabilitationEntity.class).setParameter("login", login)
                .getResultList()) {
            byCollectivite.computeIfAbsent(h.getCollectivite(), c -> EnumSet.noneOf(Role.class)).add(h.getRole());
        }
        List<Habilitation> result = new ArrayList<>();
        byCollectivite.forEach((c, roles) -> result.add(
                new Habilitation(new CollectiviteId(c.getCode()), c.getNom(), roles)));
        return result;
    }

    @Override
    public CollectiviteDetail consulter(CollectiviteId collectivite) {
        return Transactions.read(store.emf(), em -> {
            CollectiviteDetail detail = detail(em, modules, collectivite.code());
            return new CollectiviteDetail(detail.collectivite(), usable(em, detail.modulesActifs(), collectivite),
                    detail.nombreMembres());
        });
    }

    @Override
    public List<ModuleInfo> modulesActifs(CollectiviteId collectivite) {
        return Transactions.read(store.emf(),
                em -> usable(em, enabledModules(em, modules, collectivite.code()), collectivite));
    }

    /**
     * Enabled modules the caller can use: all of them for a member, the delegated ones for a service's staff. The
     * caller's roles come from the {@link AccessCache} the access policy just filled for this call.
     */
    private List<ModuleInfo> usable(EntityManager em, List<ModuleInfo> enabled, CollectiviteId collectivite) {
        String login = CallContext.current().login();
        AccessCache.Roles held = cache.roles(login, collectivite.code(), "", () -> new AccessCache.Roles(
                Memberships.direct(em, login, collectivite.code()),
                Memberships.delegated(em, login, collectivite.code(), "")));
        if (!held.direct().isEmpty()) {
            return enabled;
        }
        List<String> delegated = Memberships.delegatedModules(em, login, collectivite.code());
        return enabled.stream().filter(m -> delegated.contains(m.id())).toList();
    }

    /**
     * The collectivity, its EPCI, its number of members and its enabled modules in one query (one row per enabled
     * module, or a single row with no module): it runs on every {@code consulter}, a cheap call that must stay so.
     */
    static CollectiviteDetail detail(EntityManager em, ModuleRegistry modules, String code) {
        List<Object[]> rows = em.createQuery("SELECT c.code, c.siren, c.nom, c.kind, c.population, c.departement, "
                + "e.code, e.nom, (SELECT COUNT(m) FROM CollectiviteEntity m WHERE m.epci = c), a.module "
                + "FROM CollectiviteEntity c LEFT JOIN c.epci e LEFT JOIN ModuleActivation a ON a.collectivite = c "
                + "WHERE c.code = :code ORDER BY a.module", Object[].class).setParameter("code", code)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IntrouvableException("Collectivité inconnue : " + code + ".");
        }
        Object[] first = rows.get(0);
        Collectivite collectivite = new Collectivite(new CollectiviteId((String) first[0]), (String) first[1],
                (String) first[2], (CollectiviteKind) first[3], ((Number) first[4]).intValue(), (String) first[5],
                first[6] == null ? null : new CollectiviteId((String) first[6]), (String) first[7]);
        List<ModuleInfo> enabled = rows.stream().map(r -> (String) r[9]).filter(java.util.Objects::nonNull)
                .map(modules::find).flatMap(java.util.Optional::stream).toList();
        return new CollectiviteDetail(collectivite, enabled, ((Number) first[8]).intValue());
    }

    /** Modules enabled for the collectivity and hosted on this server, with their labels. */
    static List<ModuleInfo> enabledModules(EntityManager em, ModuleRegistry modules, String code) {
        return em.createQuery("SELECT m.module FROM ModuleActivation m WHERE m.collectivite.code = :code "
                + "ORDER BY m.module", String.class).setParameter("code", code).getResultList().stream()
                .map(modules::find).flatMap(java.util.Optional::stream).toList();
    }
}
