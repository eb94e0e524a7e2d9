package fr.mutualis.core.server.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The server refuses to start: one French line on the console telling the operator what to do, the English cause
 * in the log, then (when the start script asked for it with {@value #EXIT_PROPERTY}) the process ends with status 2,
 * so no half-started server keeps its ports. The framework is stopped first and the process exits once it has
 * stopped: exiting while the start level thread still starts bundles raced with the JVM's class-data archive written
 * at exit (a JVM crash seen in the e2e tests, status 134 instead of 2). In OSGi tests the property is absent: the
 * component just fails.
 */
public final class StartRefusal extends IllegalStateException {

    public static final String EXIT_PROPERTY = "mutualis.exitOnStartFailure";
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(StartRefusal.class.getName());
    /** DS retries a failed component when another needs it: say it once. */
    private static final AtomicBoolean SAID = new AtomicBoolean();

    private StartRefusal(String message, Throwable cause) {
        super(message, cause);
    }

    /** Logs, prints, schedules the exit and returns the exception the caller throws. */
    public static StartRefusal refuse(String french, String english, Throwable cause) {
        if (!SAID.compareAndSet(false, true)) {
            return new StartRefusal(english, cause);
        }
        LOG.log(Level.ERROR, "Server start refused: " + english);
        // The process's own stream: at start no Gogo session redirects System.out, but be independent of it.
        @SuppressWarnings("resource")
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true, System.out.charset());
        console.println("Démarrage refusé : " + french);
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            Thread exit = new Thread(StartRefusal::stopThenExit, "mutualis-start-refused");
            exit.setDaemon(false); // the JVM must not end with status 0 when the framework's threads are gone
            exit.start();
        }
        return new StartRefusal(english, cause);
    }

    private static void stopThenExit() {
        try {
            Bundle self = FrameworkUtil.getBundle(StartRefusal.class);
            BundleContext context = self == null ? null : self.getBundleContext();
            if (context != null) {
                Bundle framework = context.getBundle(0);
                framework.stop();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (framework.getState() != Bundle.RESOLVED && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
        } catch (BundleException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop the framework before exiting, exiting anyway", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(2);
    }
}
