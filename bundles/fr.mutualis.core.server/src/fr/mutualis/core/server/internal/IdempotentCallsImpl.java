package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.persistence.Transactions;
import fr.mutualis.core.server.persistence.WriteRequests;
import fr.mutualis.core.server.spi.IdempotentCalls;

/**
 * The recorded write requests of the core database: looked up before a call runs, purged every hour once older than
 * {@code remote.requests.retention.hours} (mutualis.properties, 48 by default).
 */
@Component(service = IdempotentCalls.class)
public final class IdempotentCallsImpl implements IdempotentCalls {

    private static final System.Logger LOG = System.getLogger(IdempotentCallsImpl.class.getName());

    private final CoreStore store;
    private final Duration retention;
    private final ScheduledExecutorService purge;

    @Activate
    public IdempotentCallsImpl(@Reference CoreStore store, @Reference ServerConfig config) {
        this.store = store;
        int hours = config.getInt("remote.requests.retention.hours", 48);
        if (hours <= 0) {
            throw new IllegalStateException("remote.requests.retention.hours must be a positive number of hours, not "
                    + hours);
        }
        this.retention = Duration.ofHours(hours);
        this.purge = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mutualis-write-requests-purge");
            thread.setDaemon(true);
            return thread;
        });
        purge.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public Object once(UUID request, String method, ClassLoader types, Supplier<Object> call) {
        Optional<WriteRequests.Recorded> recorded = Transactions.read(store.emf(),
                em -> WriteRequests.recorded(em, request, types, retention));
        if (recorded.isPresent()) {
            LOG.log(Level.INFO, "Request {0} ({1}) was written already: its recorded result is answered again",
                    request, method);
            return recorded.get().value();
        }
        return WriteRequests.during(request, method, types, retention, call);
    }

    void purge() {
        try {
            int removed = Transactions.write(store.emf(), em -> WriteRequests.purge(em, retention));
            if (removed > 0) {
                LOG.log(Level.INFO, "Purged {0} write request(s) older than {1} h", removed, retention.toHours());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Purge of the write requests failed (next attempt in an hour): " + e.getMessage(), e);
        }
    }

    @Deactivate
    void stop() {
        purge.shutdownNow();
    }
}
