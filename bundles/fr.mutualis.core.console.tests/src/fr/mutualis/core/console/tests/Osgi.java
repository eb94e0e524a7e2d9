package fr.mutualis.core.console.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The running framework. DS activates components asynchronously, so lookups wait (with a timeout) through a
 * {@link ServiceTracker} kept open for the whole run (closing it would let DS deactivate delayed components).
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

    /**
     * Starts a bundle as the server's configuration does. The test runtime only starts DS and the bundle under test;
     * the console also needs the core server and the Gogo runtime.
     */
    static void start(String symbolicName) {
        Bundle bundle = Arrays.stream(context().getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not in the test runtime"));
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new IllegalStateException("Cannot start " + symbolicName, e);
        }
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

    static boolean hasService(String filter) {
        try {
            return context().getServiceReferences((String) null, filter) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
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
