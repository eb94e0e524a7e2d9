package fr.mutualis.urbanism.server.tests;

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
 * Services of the running framework. The test runtime only starts DS and the bundle under test, so the bundles whose
 * components the module needs (the core server, the Gogo runtime) are started here once. DS activates components
 * asynchronously: every lookup waits through a {@link ServiceTracker} that stays open for the whole run (closing it
 * would let DS deactivate delayed components, closing the database).
 */
public final class Osgi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String[] BUNDLES = { "fr.mutualis.core.server", "org.apache.felix.gogo.runtime" };
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private Osgi() {
    }

    /** The context of the bundle under test (the host of this fragment). */
    public static BundleContext context() {
        return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
    }

    public static <T> T service(Class<T> type) {
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
                        + " s; see target/work/configuration/*.log");
            }
            return type.cast(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void demarrer() {
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
    }
}
