package fr.mutualis.core.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;

/**
 * Versioned schema migrations with Flyway: the scripts {@code db/<module>/V<n>__<description>.sql} of a bundle
 * (read with {@link Bundle#findEntries}, see {@link BundleScripts}), one history table
 * {@code flyway_schema_history_<module>} per module, Flyway's database lock (a PostgreSQL advisory lock) so that two
 * servers starting at once on one database apply each migration once. A database the hand-made migrator of the
 * previous release created ({@code schema_version}) is taken over: its last version per module becomes the baseline.
 * A database whose schema is newer than this server's scripts, or holds a migration that failed half-way, is refused
 * before anything is written. On PostgreSQL the module's {@code db/<module>/postgresql/} scripts (row-level security),
 * with their own history {@code flyway_schema_history_<module>_postgresql}, run each right after the portable script
 * of the same version. A history that already records every script unchanged (a restart's usual case,
 * {@link SchemaHistory}) is read with one query and Flyway is not started.
 */
final class FlywayMigrations {

    private static final Object H2_MIGRATIONS = new Object();

    static final String HISTORY_TABLE_PREFIX = "flyway_schema_history_";
    private static final System.Logger LOG = System.getLogger(FlywayMigrations.class.getName());
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private final ConnectionDataSource dataSource;
    private final Supplier<String> database;
    private final DatabaseRoles roles;

    /**
     * @param dataSource connections as the owner of the schema, who runs the migrations
     * @param database   the database's description, for messages
     * @param roles      the roles of a PostgreSQL database (which of the server's role is granted the tables)
     */
    FlywayMigrations(ConnectionDataSource dataSource, Supplier<String> database, DatabaseRoles roles) {
        this.dataSource = dataSource;
        this.database = database;
        this.roles = roles;
    }

    void migrate(Bundle bundle, String module) {
        List<BundleScripts.Script> scripts = scripts(bundle, "db/" + module);
        int shipped = shipped(scripts);
        int previousRelease = previousReleaseVersion(module);
        if (previousRelease > shipped) {
            throw newer(module, "V" + previousRelease + " (schema_version)", shipped);
        }
        if (!roles.postgresql()) {
            // H2 is embedded: one process holds the database file, so a lock of this JVM orders its migrations
            // (Flyway's H2 lock, a SELECT ... FOR UPDATE, locks nothing while the history is empty)
            synchronized (H2_MIGRATIONS) {
                migrate(module, scripts, previousRelease, null);
            }
            return;
        }
        // PostgreSQL-only scripts (row-level security), with their own history: H2 never sees them. In version order
        // with the portable ones: postgresql/V<n> runs right after V<n>, so it sees the tables as V<n> left them (a
        // later portable script may rename them: urbanisme V2).
        List<BundleScripts.Script> postgresql = scripts(bundle, "db/" + module + "/postgresql");
        for (int version : postgresql.stream().mapToInt(BundleScripts.Script::version).sorted().distinct().toArray()) {
            migrate(module, scripts, previousRelease, version);
            migrate(module + "_postgresql", postgresql, 0, version);
        }
        migrate(module, scripts, previousRelease, null);
        roles.grantToServer();
    }

    /** Applies the scripts not yet applied, up to {@code target} (every one when null). */
    private void migrate(String history, List<BundleScripts.Script> scripts, int baseline, Integer target) {
        if (upToDate(history, scripts)) {
            LOG.log(Level.DEBUG, "Schema {0}: every script recorded, unchanged (V{1}); Flyway not needed", history,
                    shipped(scripts));
            return;
        }
        Flyway flyway = Flyway.configure(FlywayMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE_PREFIX + history)
                .resourceProvider(new BundleScripts(scripts))
                .javaMigrationClassProvider(Collections::emptyList)
                .placeholderReplacement(false)
                .baselineOnMigrate(true)
                .baselineVersion(Integer.toString(baseline))
                .baselineDescription(baseline == 0 ? "<< " + history + " >>" : "taken over from schema_version")
                .target(target == null ? "latest" : target.toString())
                .load();
        try {
            refuseUnsafeHistory(flyway, history, shipped(scripts));
            MigrateResult result = migrateOnce(flyway, history);
            if (result.migrationsExecuted > 0) {
                LOG.log(Level.INFO, "Schema {0}: {1} migration(s) applied, now at V{2}", history,
                        result.migrationsExecuted, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new IllegalStateException("Schema migration of module " + history + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Flyway's migrate, once more if another server created the history table between our look and our baseline
     * (two servers starting at once on a new module: Flyway's lock covers the migrations, not the first baseline).
     */
    private MigrateResult migrateOnce(Flyway flyway, String history) {
        boolean existed = historyExists(history);
        try {
            return flyway.migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage());
            if (!existed && historyExists(history)
                    && (message.contains("Unable to baseline") || message.contains("already exists"))) {
                LOG.log(Level.INFO, "Schema {0}: another server created its history at the same time; migrating again",
                        history);
                return flyway.migrate();
            }
            throw e;
        }
    }

    /** A restart's usual case, read without Flyway: see {@link SchemaHistory#upToDate}. */
    private boolean upToDate(String history, List<BundleScripts.Script> scripts) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, byte[]> contents = new HashMap<>();
            scripts.forEach(script -> contents.put(script.filename(), script.content()));
            return SchemaHistory.upToDate(c, history, contents);
        } catch (SQLException e) {
            return false; // Flyway's path says what is wrong with the database
        }
    }

    private boolean historyExists(String history) {
        try (Connection c = dataSource.getConnection()) {
            return TableNames.exists(c, HISTORY_TABLE_PREFIX + history);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema of " + database.get() + ": " + e.getMessage(), e);
        }
    }

    private static int shipped(List<BundleScripts.Script> scripts) {
        return scripts.stream().mapToInt(BundleScripts.Script::version).max().orElse(0);
    }

    private static List<BundleScripts.Script> scripts(Bundle bundle, String folder) {
        List<BundleScripts.Script> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "V*__*.sql", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("Badly named migration " + file + " in " + bundle.getSymbolicName());
            }
            try (InputStream in = url.openStream()) {
                scripts.add(new BundleScripts.Script(folder + "/" + file, Integer.parseInt(m.group(1)),
                        in.readAllBytes()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read migration " + file, e);
            }
        }
        return scripts;
    }

    /** The last version of the module recorded by the previous release's migrator, 0 when none. */
    private int previousReleaseVersion(String module) {
        try (Connection c = dataSource.getConnection()) {
            if (!TableNames.exists(c, "schema_version")) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM schema_version WHERE module = ?")) {
                ps.setString(1, module);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema of " + database.get() + ": " + e.getMessage(), e);
        }
    }

    /** Refuses, before writing anything, a history this server must not touch. */
    private void refuseUnsafeHistory(Flyway flyway, String module, int shipped) {
        for (MigrationInfo applied : flyway.info().applied()) {
            MigrationState state = applied.getState();
            if (state.isFailed()) {
                throw StartRefusal.refuse("la migration " + module + " V" + applied.getVersion() + " (« "
                        + applied.getDescription() + " ») n'a été appliquée qu'en partie sur la base " + database.get()
                        + " ; restaurez la dernière sauvegarde de la base, puis redémarrez le serveur.",
                        "database " + database.get() + " is half-migrated: migration " + module + " V"
                                + applied.getVersion() + " failed part-way (" + HISTORY_TABLE_PREFIX + module
                                + "); restore the last backup, then start again",
                        null);
            }
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.MISSING_SUCCESS) {
                throw newer(module, "V" + applied.getVersion() + " (" + HISTORY_TABLE_PREFIX + module + ")", shipped);
            }
        }
    }

    private StartRefusal newer(String module, String found, int shipped) {
        return StartRefusal.refuse("la base " + database.get() + " a un schéma « " + module + " » plus récent (" + found
                + ") que ce serveur (V" + shipped + ") ; installez la version du serveur qui l'a créée, ou une plus "
                + "récente.",
                "database " + database.get() + " has a newer schema of module " + module + " (" + found
                        + ") than this server knows (V" + shipped + "): run the server release that created it, or a "
                        + "newer one",
                null);
    }
}
