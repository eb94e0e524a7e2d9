package fr.mutualis.budget.server.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services of the running framework. The bundles whose DS components the budget server needs (core server, Gogo
 * runtime) are started first; every lookup then waits for the service through a tracker kept open for the whole run
 * (closing it would let DS deactivate delayed components between tests).
 */
final class Osgi {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String[] BUNDLES = { "fr.mutualis.core.server", "org.apache.felix.gogo.runtime",
            "fr.mutualis.budget.server" };
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();
    private static boolean started;

    private Osgi() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
    }

    static <T> T service(Class<T> type) {
        demarrer();
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

    private static synchronized void demarrer() {
        if (started) {
            return;
        }
        for (String name : BUNDLES) {
            for (Bundle bundle : context().getBundles()) {
                if (bundle.getSymbolicName().equals(name) && bundle.getState() != Bundle.ACTIVE) {
                    try {
                        bundle.start();
                    } catch (BundleException e) {
                        throw new IllegalStateException("Cannot start " + name, e);
                    }
                }
            }
        }
        started = true;
    }
}
