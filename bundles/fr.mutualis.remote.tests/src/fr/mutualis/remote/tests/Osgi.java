package fr.mutualis.remote.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for OSGi services (DS activates components asynchronously). */
final class Osgi {

    private Osgi() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Osgi.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
        if (service == null) {
            throw new IllegalStateException("Service " + type.getName() + " not available within 60 s");
        }
        return service;
    }
}
