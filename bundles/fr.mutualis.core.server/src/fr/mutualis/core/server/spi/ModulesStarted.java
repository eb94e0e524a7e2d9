package fr.mutualis.core.server.spi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

import fr.mutualis.core.server.internal.AdminBootstrap;

/**
 * Whether the server has finished starting its modules. The server product starts the core and the remote listener
 * at a lower start level than the modules' server bundles, so the port opens early; the modules are there once the
 * framework has reached its beginning start level and started the bundles of every level up to it, and every active
 * bundle whose components provide a {@link ModuleDescriptor} has registered it, and the administrator account of a
 * first start is created (off the start path, {@code AdminBootstrap}). Once true, it stays true.
 */
public final class ModulesStarted {

    /** A component providing the service (not one referencing it, as the core's module activations do). */
    private static final Pattern PROVIDES = Pattern.compile(
            "<provide\\s+interface\\s*=\\s*\"" + Pattern.quote(ModuleDescriptor.class.getName()) + "\"");

    private final BundleContext context;
    private final Map<Long, Boolean> declaresDescriptor = new ConcurrentHashMap<>();
    private final FrameworkListener listener = this::frameworkEvent;
    private volatile boolean levelReached;
    private volatile boolean started;

    public ModulesStarted(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(listener);
    }

    private void frameworkEvent(FrameworkEvent event) {
        if ((event.getType() == FrameworkEvent.STARTED || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED)
                && event.getBundle().adapt(FrameworkStartLevel.class).getStartLevel() >= beginningStartLevel()) {
            levelReached = true;
        }
    }

    /** True once every module is started. */
    public boolean now() {
        if (started) {
            return true;
        }
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        int level = system == null ? 0 : system.adapt(FrameworkStartLevel.class).getStartLevel();
        if (level < beginningStartLevel() || !levelReached && startPending(level)) {
            return false;
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE && declaresDescriptor(bundle) && !registersDescriptor(bundle)) {
                return false;
            }
        }
        if (AdminBootstrap.pending()) {
            return false;
        }
        started = true;
        close();
        return true;
    }

    /** Stops listening to the framework (done by itself once the modules have started). */
    public void close() {
        try {
            context.removeFrameworkListener(listener);
        } catch (IllegalStateException e) {
            // the bundle has stopped: its listeners are gone
        }
    }

    /**
     * Whether a bundle to be started at this level is not started yet: the framework raises its level before it
     * starts that level's bundles. Once the framework said the level is reached, a bundle that failed to start no
     * longer counts (it would keep the server waiting for ever).
     */
    private boolean startPending(int level) {
        for (Bundle bundle : context.getBundles()) {
            BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
            if (bundle.getBundleId() != 0 && bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null
                    && startLevel != null && startLevel.isPersistentlyStarted() && startLevel.getStartLevel() <= level
                    && bundle.getState() != Bundle.ACTIVE && !(bundle.getState() == Bundle.STARTING && lazy(bundle))) {
                return true;
            }
        }
        return false;
    }

    /** Waits until {@link #now()} is true, at most {@code timeout}; whether it is. */
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!now()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Thread.sleep(Math.min(50, Math.max(1, left / 1_000_000)));
        }
        return true;
    }

    private int beginningStartLevel() {
        // Equinox's launcher starts the framework at level 1, then raises it to osgi.startLevel (default 6)
        String beginning = context.getProperty("osgi.startLevel");
        if (beginning == null) {
            beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        }
        try {
            return beginning == null ? 6 : Integer.parseInt(beginning.strip());
        } catch (NumberFormatException e) {
            return 6;
        }
    }

    /** A lazily activated bundle stays {@code STARTING} until its first class is loaded: not a start in progress. */
    private static boolean lazy(Bundle bundle) {
        String policy = bundle.getHeaders("").get(Constants.BUNDLE_ACTIVATIONPOLICY);
        return policy != null && policy.strip().startsWith(Constants.ACTIVATION_LAZY);
    }

    private static boolean registersDescriptor(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getRegisteredServices();
        if (services != null) {
            for (ServiceReference<?> service : services) {
                for (String name : (String[]) service.getProperty(Constants.OBJECTCLASS)) {
                    if (ModuleDescriptor.class.getName().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a component description (DS XML) provides a module descriptor. */
    static boolean providesDescriptor(String componentXml) {
        return PROVIDES.matcher(componentXml).find();
    }

    /** Whether one of the bundle's component descriptions (OSGI-INF/*.xml) provides a module descriptor. */
    private boolean declaresDescriptor(Bundle bundle) {
        return declaresDescriptor.computeIfAbsent(bundle.getBundleId(), id -> {
            if (bundle.getHeaders("").get("Service-Component") == null) {
                return false;
            }
            Enumeration<URL> entries = bundle.findEntries("OSGI-INF", "*.xml", true);
            while (entries != null && entries.hasMoreElements()) {
                try (InputStream in = entries.nextElement().openStream()) {
                    if (providesDescriptor(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        return true;
                    }
                } catch (IOException e) {
                    // unreadable description: not a module descriptor we could wait for
                }
            }
            return false;
        });
    }
}
