package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services of the running framework. DS activates components asynchronously, so every lookup waits (with a timeout)
 * through a {@link ServiceTracker}. Trackers stay open for the whole run: closing them would release delayed
 * components, which DS would then deactivate (closing the database) and activate again on the next lookup.
 */
final class Osgi {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private Osgi() {
    }

    /** The context of the bundle under test (the host of this fragment). */
    static BundleContext context() {
        return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(context(), t, null);
            opened.open();
            return opened;
        });
        try {
            Object service = tracker.waitForService(TIMEOUT.toMillis());
            if (service == null) {
                fail("No " + type.getName() + " service after " + TIMEOUT.toSeconds()
                        + " s; see target/work/data/.metadata/.log");
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds; fails after {@link #TIMEOUT}. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
