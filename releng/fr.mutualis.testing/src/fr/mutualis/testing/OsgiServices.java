package fr.mutualis.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
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
 * The services of the running framework, for OSGi tests. DS activates components asynchronously, so lookups wait
 * (with a timeout) through a {@link ServiceTracker} kept open for the whole run (closing it would let DS deactivate
 * delayed components between tests). The server bundles themselves are started by the test runtime's start levels
 * (root {@code pom.xml}), as in the server product.
 */
public final class OsgiServices {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private OsgiServices() {
    }

    /** The service of that type, once DS has registered it; fails the test after {@link #TIMEOUT}. */
    public static <T> T service(Class<T> type) {
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

    /** Whether a service matching the LDAP filter is registered now. */
    public static boolean hasService(String filter) {
        try {
            return context().getServiceReferences((String) null, filter) != null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    /** The context of the bundle a test class belongs to (the host, for a test fragment). */
    public static BundleContext contextOf(Class<?> testClass) {
        return FrameworkUtil.getBundle(testClass).getBundleContext();
    }

    /** Polls until the condition holds; fails after {@link #TIMEOUT}. */
    public static void await(String what, BooleanSupplier condition) {
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

    private static synchronized BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(OsgiServices.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException("Cannot start " + bundle.getSymbolicName(), e);
            }
        }
        return bundle.getBundleContext();
    }
}
