package fr.mutualis.core.server.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import fr.mutualis.core.api.Role;

/**
 * What the access policy reads on every call, kept in memory: the roles a user holds on a collectivity (directly and
 * through a delegation of the module called) and whether a module is enabled for a collectivity. Every administrative
 * change of memberships, delegations, roles, module activations or accounts empties it once committed
 * ({@link #clear}), so a revoked right is refused on the very next call. A value read from the database while a
 * change was being committed is never kept (generation check), and the cache never grows past {@value #MAX_ENTRIES}
 * entries (emptied then).
 */
@Component(service = AccessCache.class)
public final class AccessCache {

    static final int MAX_ENTRIES = 100_000;

    /** The roles of one user on one collectivity, for one module (empty: any module). */
    record Roles(Set<Role> direct, Set<Role> delegated) {

        Roles {
            direct = Set.copyOf(direct);
            delegated = Set.copyOf(delegated);
        }
    }

    private record RolesKey(String login, String collectivite, String module) {
    }

    private record ModuleKey(String collectivite, String module) {
    }

    private final Map<RolesKey, Roles> roles = new ConcurrentHashMap<>();
    private final Map<ModuleKey, Boolean> modules = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile Runnable changeRecorder;

    Roles roles(String login, String collectivite, String module, Supplier<Roles> load) {
        return cached(roles, new RolesKey(login, collectivite, module), load);
    }

    boolean moduleEnabled(String collectivite, String module, Supplier<Boolean> load) {
        return cached(modules, new ModuleKey(collectivite, module), load);
    }

    /**
     * Forgets everything; called after every committed administrative change, which the other server nodes then
     * learn ({@link AccessChangeFeed}).
     */
    public void clear() {
        forget();
        Runnable recorder = changeRecorder;
        if (recorder != null) {
            recorder.run();
        }
    }

    /** Forgets everything, for a change another node made. */
    void forget() {
        generation.incrementAndGet();
        roles.clear();
        modules.clear();
    }

    void recordChangesWith(Runnable recorder) {
        this.changeRecorder = recorder;
    }

    private <K, V> V cached(Map<K, V> map, K key, Supplier<V> load) {
        V value = map.get(key);
        if (value != null) {
            return value;
        }
        long before = generation.get();
        value = load.get();
        if (generation.get() == before) {
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
            map.put(key, value);
            if (generation.get() != before) {
                map.remove(key, value); // a change committed meanwhile: the value may predate it
            }
        }
        return value;
    }
}
