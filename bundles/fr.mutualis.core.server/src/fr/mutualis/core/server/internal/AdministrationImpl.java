package fr.mutualis.core.server.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.ControleSiret;
import fr.mutualis.core.api.CollectiviteKind;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.IntrouvableException;
import fr.mutualis.core.api.ModuleInfo;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.admin.ImportReport;
import fr.mutualis.core.server.admin.UserView;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.internal.entity.AuditEntry;
import fr.mutualis.core.server.internal.entity.CollectiviteEntity;
import fr.mutualis.core.server.internal.entity.Delegation;
import fr.mutualis.core.server.internal.entity.HabilitationEntity;
import fr.mutualis.core.server.internal.entity.ModuleActivation;
import fr.mutualis.core.server.internal.entity.UserAccount;
import fr.mutualis.core.server.internal.referentiel.ReferentielImporter;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.AccountEvents;
import fr.mutualis.core.server.spi.AuditJournal;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** What the administrator does from the console. Input is validated before anything is written. */
@Component(service = Administration.class)
public final class AdministrationImpl implements Administration {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MIN_PASSWORD = 10;

    private final CoreStore store;
    private final DatabaseComponent database;
    private final ModuleRegistry modules;
    private final AuditJournal journal;
    private final AccountEventPublisher events;

    @Activate
    public AdministrationImpl(@Reference CoreStore store, @Reference DatabaseComponent database,
            @Reference ModuleRegistry modules, @Reference AuditJournal journal,
            @Reference AccountEventPublisher events) {
        this.store = store;
        this.database = database;
        this.modules = modules;
        this.journal = journal;
        this.events = events;
    }

    // ---- collectivities ---------------------------------------------------------------------------------------

    @Override
    public List<Collectivite> list(String filter, int limit) {
        return Transactions.read(store.emf(), em -> filtered(em, filter, CollectiviteEntity.class, "c")
                .setMaxResults(limit).getResultList().stream().map(CollectiviteEntity::toValue).toList());
    }

    @Override
    public int count(String filter) {
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

    @Override
    public CollectiviteDetail show(String code) {
        CollectiviteId id = CollectiviteId.of(code);
        return Transactions.read(store.emf(), em -> CollectiviteServiceImpl.detail(em, modules, id.code()));
    }

    @Override
    public List<Collectivite> members(String epciCode) {
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

    @Override
    public Collectivite add(String code, String nom, CollectiviteKind kind, int population, String epciCode) {
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

    @Override
    public ImportReport importReferentiel(Path folder) {
        CallContext ctx = CallContext.current();
        return new ReferentielImporter(database).importFrom(folder,
                (c, operation, objet) -> AuditJournalImpl.insert(c, ctx.login(), ctx.clientAddress(), null, operation,
                        objet));
    }

    // ---- modules ------------------------------------------------------------------------------------------------

    @Override
    public List<ModuleInfo> availableModules() {
        return modules.all();
    }

    @Override
    public void enableModule(String code, String module) {
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
    }

    @Override
    public void disableModule(String code, String module) {
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
    }

    private static boolean enabled(EntityManager em, String code, String module) {
        return em.createQuery("SELECT COUNT(m) FROM ModuleActivation m WHERE m.collectivite.code = :code "
                + "AND m.module = :module", Long.class).setParameter("code", code).setParameter("module", module)
                .getSingleResult() > 0;
    }

    // ---- delegations -------------------------------------------------------------------------------------------

    @Override
    public int delegate(String module, String service, List<String> communes) {
        ModuleInfo info = modules.require(module);
        CollectiviteId serviceId = CollectiviteId.of(service);
        List<CollectiviteId> ids = communes == null ? List.of()
                : communes.stream().map(CollectiviteId::of).distinct().toList();
        return Transactions.write(store.emf(), em -> {
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
    }

    @Override
    public void undelegate(String module, String commune) {
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
    }

    @Override
    public List<String> delegations(String code) {
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

    // ---- users --------------------------------------------------------------------------------------------------

    @Override
    public String addUser(String login, String nom, String password) {
        List<String> errors = new ArrayList<>();
        if (login == null || !LOGIN.matcher(login).matches()) {
            errors.add("Identifiant invalide « " + login + " » : 3 à 64 caractères parmi a-z, 0-9, point, tiret, "
                    + "souligné, en commençant par une lettre ou un chiffre.");
        }
        if (nom == null || nom.isBlank() || nom.length() > 200) {
            errors.add("Nom de l'utilisateur manquant ou trop long (200 caractères au plus).");
        }
        if (password != null) {
            checkPassword(password, errors);
        }
        if (!errors.isEmpty()) {
            throw new DonneeInvalideException(errors);
        }
        String generated = password == null ? PasswordHasher.generate() : null;
        String hash = PasswordHasher.hash(password == null ? generated : password);
        Transactions.run(store.emf(), em -> {
            if (findUser(em, login) != null) {
                throw new DonneeInvalideException("L'utilisateur « " + login + " » existe déjà.");
            }
            em.persist(new UserAccount(login, nom.strip(), hash, LocalDateTime.now()));
            journal.record(em, null, "utilisateur.ajouter", login);
        });
        return generated;
    }

    private static void checkPassword(String password, List<String> errors) {
        if (password.length() < MIN_PASSWORD || password.length() > 256) {
            errors.add("Le mot de passe doit compter entre " + MIN_PASSWORD + " et 256 caractères.");
        }
    }

    @Override
    public String setPassword(String login, String password) {
        List<String> errors = new ArrayList<>();
        if (password != null) {
            checkPassword(password, errors);
        }
        if (!errors.isEmpty()) {
            throw new DonneeInvalideException(errors);
        }
        String generated = password == null ? PasswordHasher.generate() : null;
        String hash = PasswordHasher.hash(password == null ? generated : password);
        Transactions.run(store.emf(), em -> {
            requireUser(em, login).setPasswordHash(hash);
            journal.record(em, null, "utilisateur.motdepasse", login);
        });
        events.changed(login, AccountEvents.PASSWORD_CHANGED);
        return generated;
    }

    @Override
    public void grant(String login, String code, Set<Role> roles) {
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
    }

    @Override
    public void revoke(String login, String code, Set<Role> roles) {
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
        events.changed(login, AccountEvents.ROLES_REVOKED);
    }

    @Override
    public UserView showUser(String login) {
        return Transactions.read(store.emf(), em -> view(em, requireUser(em, login)));
    }

    @Override
    public List<UserView> users() {
        return Transactions.read(store.emf(), em -> em.createQuery("SELECT u FROM UserAccount u ORDER BY u.login",
                UserAccount.class).getResultList().stream().map(u -> view(em, u)).toList());
    }

    @Override
    public void unlock(String login) {
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            if (user.getLockedUntil() == null && user.getFailedAttempts() == 0) {
                throw new DonneeInvalideException("Le compte « " + login + " » n'est pas verrouillé.");
            }
            user.unlock();
            journal.record(em, null, "utilisateur.deverrouiller", login);
        });
    }

    @Override
    public void disableUser(String login) {
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            if (user.isDisabled()) {
                throw new DonneeInvalideException("Le compte « " + login + " » est déjà désactivé.");
            }
            user.setDisabled(true);
            journal.record(em, null, "utilisateur.desactiver", login);
        });
        events.changed(login, AccountEvents.DISABLED);
    }

    @Override
    public void enableUser(String login) {
        Transactions.run(store.emf(), em -> {
            UserAccount user = requireUser(em, login);
            if (!user.isDisabled()) {
                throw new DonneeInvalideException("Le compte « " + login + " » n'est pas désactivé.");
            }
            user.setDisabled(false);
            journal.record(em, null, "utilisateur.activer", login);
        });
    }

    @Override
    public void journalCommand(String command) {
        Transactions.run(store.emf(), em -> journal.record(em, null, "console.commande", command));
    }

    // ---- audit --------------------------------------------------------------------------------------------------

    @Override
    public List<AuditLine> audit(String collectivite, String login, LocalDate from, LocalDate to, int limit) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DonneeInvalideException("La date de fin (" + to + ") précède la date de début (" + from + ").");
        }
        String code = collectivite == null || collectivite.isBlank() ? null : CollectiviteId.of(collectivite).code();
        return Transactions.read(store.emf(), em -> {
            StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
            if (code != null) {
                jpql.append(" AND a.collectivite = :code");
            }
            if (login != null && !login.isBlank()) {
                jpql.append(" AND a.login = :login");
            }
            if (from != null) {
                jpql.append(" AND a.horodatage >= :from");
            }
            if (to != null) {
                jpql.append(" AND a.horodatage < :to");
            }
            jpql.append(" ORDER BY a.id DESC");
            TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
            if (code != null) {
                q.setParameter("code", code);
            }
            if (login != null && !login.isBlank()) {
                q.setParameter("login", login);
            }
            if (from != null) {
                q.setParameter("from", from.atStartOfDay());
            }
            if (to != null) {
                q.setParameter("to", to.plusDays(1).atStartOfDay());
            }
            return q.getResultList().stream().map(AuditEntry::toLine).toList();
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static java.util.Optional<CollectiviteEntity> find(EntityManager em, String code) {
        return em.createQuery("SELECT c FROM CollectiviteEntity c WHERE c.code = :code", CollectiviteEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private static CollectiviteEntity require(EntityManager em, String code) {
        return find(em, code).orElseThrow(() -> new IntrouvableException("Collectivité inconnue : " + code
                + ". Importez le référentiel (mutualis:import) ou ajoutez-la (mutualis:add)."));
    }

    private static UserAccount findUser(EntityManager em, String login) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                .setParameter("login", login).getResultStream().findFirst().orElse(null);
    }

    private static UserAccount requireUser(EntityManager em, String login) {
        UserAccount user = login == null ? null : findUser(em, login);
        if (user == null) {
            throw new IntrouvableException("Utilisateur inconnu : « " + login + " ».");
        }
        return user;
    }

    private static Set<Role> roles(EntityManager em, String login, String code) {
        List<Role> roles = em.createQuery("SELECT h.role FROM HabilitationEntity h WHERE h.user.login = :login "
                + "AND h.collectivite.code = :code", Role.class).setParameter("login", login)
                .setParameter("code", code).getResultList();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static UserView view(EntityManager em, UserAccount u) {
        LocalDateTime until = u.getLockedUntil();
        boolean locked = until != null && LocalDateTime.now().isBefore(until);
        return new UserView(u.getLogin(), u.getNom(), locked, u.getFailedAttempts(), u.getCreatedAt(),
                CollectiviteServiceImpl.habilitations(em, u.getLogin()), u.isDisabled(), locked ? until : null);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(r -> r.name().toLowerCase()).collect(Collectors.joining(", "));
    }
}
