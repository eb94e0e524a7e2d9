package fr.mutualis.core.server.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.persistence.Database;

/**
 * The one thing the server prints on its console besides the init script: once every bundle has started, where its
 * data, database and log are. Everything else goes to the log file.
 */
@Component(immediate = true, service = {})
public final class StartBanner {

    @Activate
    public StartBanner(@Reference ServerConfig config, @Reference Database database, @Reference CoreStore migrated,
            BundleContext context) {
        String text = "Mutualis : serveur démarré. Données : " + config.dataDirectory() + " ; base : "
                + database.describe() + " ; journal : " + config.dataDirectory().resolve("logs") + ".";
        Thread thread = new Thread(() -> {
            if (awaitBeginningStartLevel(context)) {
                System.out.println(text);
            }
        }, "mutualis-start-banner");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean awaitBeginningStartLevel(BundleContext context) {
        String beginning = context.getProperty("org.osgi.framework.startlevel.beginning");
        if (beginning == null) {
            beginning = context.getProperty("osgi.startLevel");
        }
        int target = beginning == null ? 6 : Integer.parseInt(beginning.strip());
        FrameworkStartLevel startLevel = context.getBundle(0).adapt(FrameworkStartLevel.class);
        try {
            while (startLevel.getStartLevel() < target) {
                Thread.sleep(200);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
