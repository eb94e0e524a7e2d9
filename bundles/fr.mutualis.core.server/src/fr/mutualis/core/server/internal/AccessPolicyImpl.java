package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.AuthenticatedOnly;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.core.server.security.Permissions;

/**
 * Checks membership, role and module activation on every remote call, read from the database through the
 * {@link AccessCache} (emptied on every administrative change); every refusal is journaled ({@code acces.refuse}:
 * who, from where, which method, which collectivity, why).
 */
@Component(service = AccessPolicy.class)
public final class AccessPolicyImpl implements AccessPolicy {

    private static final System.Logger LOG = System.getLogger(AccessPolicyImpl.class.getName());

    private final CoreStore store;
    private final ModuleRegistry modules;
    private final AccessCache cache;
    /** The defect of each method called so far (methods and their annotations never change at run time). */
    private final Map<Method, Optional<String>> defects = new ConcurrentHashMap<>();

    @Activate
    public AccessPolicyImpl(@Reference CoreStore store, @Reference ModuleRegistry modules,
            @Reference AccessCache cache) {
        this.store = store;
        this.modules = modules;
        this.cache = cache;
    }

    @Override
    public CallContext authorize(String login, String clientAddress, Method method, Object[] args) {
        String defect = defects.computeIfAbsent(method, m -> Optional.ofNullable(Permissions.defect(m))).orElse(null);
        if (defect != null) {
            LOG.log(Level.ERROR, "Refused call to a method without a valid permission: {0}", defect);
            journalRefusal(login, clientAddress, method, null, "no valid permission declared");
            throw new AccesRefuseException("Accès refusé : cette opération n'a pas de permission déclarée.");
        }
        if (method.isAnnotationPresent(AuthenticatedOnly.class)) {
            return new CallContext(login, null, Set.of(), clientAddress);
        }
        Permission permission = method.getAnnotation(Permission.class);
        CollectiviteId id = Permissions.collectivite(method, args);
        if (id == null) {
            deny(login, clientAddress, method, null, "no collectivity named in the call");
            throw new AccesRefuseException("Accès refusé : l'appel ne précise pas la collectivité concernée.");
        }
        String module = permission.module();
        AccessCache.Roles held = cache.roles(login, id.code(), module, () -> Transactions.read(store.emf(),
                em -> new AccessCache.Roles(Memberships.direct(em, login, id.code()),
                        Memberships.delegated(em, login, id.code(), module))));
        Set<Role> direct = held.direct();
        Set<Role> delegated = held.delegated();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(direct);
        roles.addAll(delegated);
        if (roles.isEmpty()) {
            deny(login, clientAddress, method, id, "not a member");
            throw new AccesRefuseException("Accès refusé : vous n'êtes pas habilité(e) pour la collectivité "
                    + id.code() + ".");
        }
        Role[] throughDelegation = permission.delegated().length == 0 ? permission.value() : permission.delegated();
        if (Arrays.stream(permission.value()).noneMatch(direct::contains)
                && Arrays.stream(throughDelegation).noneMatch(delegated::contains)) {
            deny(login, clientAddress, method, id, direct.isEmpty() ? "missing role through delegation" : "missing role");
            throw new AccesRefuseException("Accès refusé : cette opération demande l'un des rôles "
                    + Arrays.stream(direct.isEmpty() ? throughDelegation : permission.value()).map(Role::libelle)
                            .collect(Collectors.joining(", "))
                    + (direct.isEmpty() ? " (sur le service auquel elle a délégué ce module)" : "")
                    + " sur la collectivité " + id.code() + ".");
        }
        if (!module.isEmpty() && !moduleEnabled(id, module)) {
            deny(login, clientAddress, method, id, "module " + module + " disabled");
            throw new AccesRefuseException("Accès refusé : le module « "
                    + modules.find(module).map(m -> m.libelle()).orElse(module)
                    + " » n'est pas activé pour la collectivité " + id.code() + ".");
        }
        return new CallContext(login, id, roles, clientAddress);
    }

    private boolean moduleEnabled(CollectiviteId id, String module) {
        return cache.moduleEnabled(id.code(), module,
                () -> Transactions.read(store.emf(), em -> Activations.enabled(em, id.code(), module)));
    }

    private void deny(String login, String clientAddress, Method method, CollectiviteId id, String why) {
        LOG.log(Level.INFO, "Denied {0} to {1} on {2}: {3}", Permissions.key(method), SafeText.escape(login),
                id == null ? "-" : id.code(), why);
        journalRefusal(login, clientAddress, method, id, why);
    }

    /** Who, what, on which collectivity and why, in one short transaction of its own (one insert). */
    private void journalRefusal(String login, String clientAddress, Method method, CollectiviteId id, String why) {
        try {
            Transactions.run(store.emf(), em -> AuditJournalImpl.insert(em, login, clientAddress,
                    id == null ? null : id.code(), "acces.refuse", Permissions.key(method) + " : " + why));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Refused call not journaled: " + e.getMessage(), e);
        }
    }
}
