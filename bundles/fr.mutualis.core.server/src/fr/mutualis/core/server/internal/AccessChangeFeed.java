package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.api.SafeText;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.persistence.Transactions;
import jakarta.persistence.EntityManagerFactory;

/**
 * Carries the changes of rights and accounts from the node that made them to the other server nodes on the same
 * database (table {@code changement_acces}). This node records each of its committed changes
 * ({@link AccessCache#clear}, {@link AccountEventPublisher#changed}); every {@code cluster.poll.millis} (2000 by
 * default) it reads the rows of the other nodes it has not seen, empties its {@link AccessCache} and posts the account
 * event locally, so that its sessions of that login end as they do on the node of the change. One indexed read per
 * poll; a node alone on its database does the same (it just never finds a row of another node).
 */
@Component(immediate = true, service = AccessChangeFeed.class)
public final class AccessChangeFeed {

    private static final System.Logger LOG = System.getLogger(AccessChangeFeed.class.getName());
    /** Rows committed out of id order (concurrent inserts) are still seen: the read looks back this many ids. */
    private static final long LOOK_BACK = 50;
    private static final int SEEN_KEPT = 1000;

    private final EntityManagerFactory emf;
    private final AccessCache cache;
    private final AccountEventPublisher events;
    private final String node;
    private final ScheduledExecutorService poller;
    private final Set<Long> seen = new HashSet<>();
    private final Deque<Long> seenOrder = new ArrayDeque<>();
    private long highest;
    private long polls;

    @Activate
    public AccessChangeFeed(@Reference CoreStore store, @Reference AccessCache cache,
            @Reference AccountEventPublisher events, @Reference ServerConfig config) {
        this.emf = store.emf();
        this.cache = cache;
        this.events = events;
        this.node = nodeName(config);
        this.highest = Transactions.read(emf, em -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(id), 0) FROM changement_acces").getSingleResult()).longValue());
        // what happened before this node started is in what it reads from the database anyway
        Transactions.read(emf, em -> em.createNativeQuery("SELECT id FROM changement_acces WHERE id > ?")
                .setParameter(1, Math.max(0, highest - LOOK_BACK)).getResultList())
                .forEach(id -> remember(((Number) id).longValue()));
        cache.recordChangesWith(() -> record(null, "droits"));
        events.recordChangesWith(this::record);
        long period = Math.max(200, config.getInt("cluster.poll.millis", 2000));
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mutualis-access-changes");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
        LOG.log(Level.INFO, "Node {0}: reads the access changes of other nodes every {1} ms", node, period);
    }

    private static String nodeName(ServerConfig config) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        String name = host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + config.get("remote.port", "3288");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    @Deactivate
    void stop() {
        poller.shutdownNow();
        cache.recordChangesWith(null);
        events.recordChangesWith(null);
    }

    /** Records a committed change of this node for the others. */
    void record(String login, String reason) {
        try {
            Transactions.run(emf, em -> em.createNativeQuery(
                    "INSERT INTO changement_acces (noeud, login, motif, cree_le) VALUES (?, ?, ?, ?)")
                    .setParameter(1, node).setParameter(2, login)
                    .setParameter(3, reason.length() > 60 ? reason.substring(0, 60) : reason)
                    .setParameter(4, LocalDateTime.now()).executeUpdate());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Access change of " + SafeText.escape(login) + " (" + reason + ") NOT recorded for "
                    + "the other nodes: they apply it within " + "their next restart only", e);
        }
    }

    /** Applies the changes the other nodes recorded since the last poll. */
    synchronized void poll() {
        try {
            List<?> rows = Transactions.read(emf, em -> em.createNativeQuery(
                    "SELECT id, noeud, login, motif FROM changement_acces WHERE id > ? ORDER BY id")
                    .setParameter(1, Math.max(0, highest - LOOK_BACK)).getResultList());
            boolean clear = false;
            for (Object row : rows) {
                Object[] fields = (Object[]) row;
                long id = ((Number) fields[0]).longValue();
                highest = Math.max(highest, id);
                if (!remember(id) || node.equals(fields[1])) {
                    continue;
                }
                clear = true;
                if (fields[2] instanceof String login) {
                    LOG.log(Level.INFO, "Account {0} changed on node {1} ({2}): its sessions here end",
                            SafeText.escape(login), fields[1], fields[3]);
                    events.postHere(login, (String) fields[3]);
                }
            }
            if (clear) {
                cache.forget();
            }
            if (++polls % 1800 == 0) {
                Transactions.run(emf, em -> em.createNativeQuery("DELETE FROM changement_acces WHERE cree_le < ?")
                        .setParameter(1, LocalDateTime.now().minusDays(1)).executeUpdate());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the access changes of the other nodes (next try in a moment): "
                    + e.getMessage());
        }
    }

    /** False when the row was applied already. */
    private boolean remember(long id) {
        if (!seen.add(id)) {
            return false;
        }
        seenOrder.addLast(id);
        if (seenOrder.size() > SEEN_KEPT) {
            seen.remove(seenOrder.removeFirst());
        }
        return true;
    }
}
