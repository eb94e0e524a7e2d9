package fr.mutualis.core.server.internal;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.mutualis.core.server.config.PrivateFiles;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.persistence.Database;
import jakarta.persistence.EntityManagerFactory;

/** The database named by the configuration: H2 embedded by default, PostgreSQL for hosting. */
@Component(service = { Database.class, DatabaseComponent.class })
public final class DatabaseComponent implements Database {

    private static final System.Logger LOG = System.getLogger(DatabaseComponent.class.getName());

    private final String url;
    private final String user;
    private final String password;
    private final String driverClass;
    private final int poolMax;
    /** The schema's owner, who runs the migrations (db.owner.user); null when the server's role owns it. */
    private final String ownerUser;
    private final String ownerPassword;
    private FlywayMigrations migrations;
    /**
     * H2 embedded closes its database with the last connection, and opening it again reads its whole schema anew:
     * profiled at start, the check, the migrations and EclipseLink each opened it (a fifth of a restart's CPU). This
     * connection keeps it open while the component is active; null on PostgreSQL.
     */
    private final Connection h2Anchor;

    @Activate
    public DatabaseComponent(@Reference ServerConfig config) {
        this.ownerUser = config.get("db.owner.user", null);
        this.ownerPassword = config.get("db.owner.password", "");
        this.url = durable(config.jdbcUrl());
        this.user = config.jdbcUser();
        this.password = config.jdbcPassword();
        this.driverClass = ConnectionCheck.driverFor(url, config.get("db.driver", null), config.configFile().toString());
        this.poolMax = config.getInt("db.pool.max", 10);
        privateH2Folder(url);
        LOG.log(Level.INFO, "Database: {0}", describe());
        this.h2Anchor = h2Anchor();
        ConnectionCheck.reach(this::connect, describe(), config.configFile().toString());
    }

    /** Opened before the start check, so that the check's own connection does not close the database. */
    private Connection h2Anchor() {
        if (!url.startsWith("jdbc:h2:file:")) {
            return null;
        }
        try {
            return connect();
        } catch (SQLException e) {
            return null; // the start check that follows refuses the start with the database's answer
        }
    }

    @Deactivate
    void close() {
        if (h2Anchor != null) {
            try {
                h2Anchor.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Closing the H2 database failed: {0}", e.getMessage());
            }
        }
    }

    /** The embedded database's folder is the server account's only (H2 creates its files with the umask). */
    private static void privateH2Folder(String url) {
        if (url.startsWith("jdbc:h2:file:")) {
            int semicolon = url.indexOf(';');
            Path folder = Path.of(url.substring("jdbc:h2:file:".length(), semicolon < 0 ? url.length() : semicolon))
                    .toAbsolutePath().getParent();
            try {
                PrivateFiles.folder(folder);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot create the database folder " + folder, e);
            }
        }
    }

    /**
     * H2 writes committed transactions to its file up to half a second later by default: a crash (kill -9, power
     * loss of the process) would lose transactions the server had acknowledged (a bordereau numbered and printed).
     * {@code WRITE_DELAY=0} writes at each commit; measured: without it, ten commits followed by a halt left nothing.
     */
    static String durable(String url) {
        return url.startsWith("jdbc:h2:file:") && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")
                ? url + ";WRITE_DELAY=0" : url;
    }

    @Override
    public String describe() {
        int semicolon = url.indexOf(';');
        return (url.startsWith("jdbc:h2:") ? "H2 " : "PostgreSQL ") + (semicolon < 0 ? url : url.substring(0, semicolon));
    }

    /** A new JDBC connection as the server's role (auto-commit on), for bulk imports. */
    public Connection connect() throws SQLException {
        return connect(user, password);
    }

    /** A new JDBC connection as the schema's owner ({@code db.owner.user}, else the server's role), for migrations. */
    public Connection connectAsOwner() throws SQLException {
        return ownerUser == null ? connect(user, password) : connect(ownerUser, ownerPassword);
    }

    private Connection connect(String user, String password) throws SQLException {
        try {
            Driver driver = (Driver) Class.forName(driverClass, true, DatabaseComponent.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            if (url.startsWith("jdbc:postgresql:")) {
                props.setProperty("connectTimeout", "10"); // seconds: a dropped port must not hang the start
            }
            Connection connection = driver.connect(url, props);
            if (connection == null) {
                throw new SQLException("Driver " + driverClass + " does not accept " + describe());
            }
            return connection;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + driverClass + " is not installed on this server", e);
        }
    }

    @Override
    public synchronized void migrate(Bundle bundle, String module) {
        if (migrations == null) {
            boolean postgresql = url.startsWith("jdbc:postgresql:");
            String serverRole = ownerUser != null && !ownerUser.equals(user) ? user : null;
            migrations = new FlywayMigrations(new ConnectionDataSource(this::connectAsOwner), this::describe,
                    new DatabaseRoles(postgresql, serverRole, this::connectAsOwner));
        }
        migrations.migrate(bundle, module);
    }

    @Override
    public EntityManagerFactory open(String unitName, ClassLoader bundleClassLoader) {
        Map<String, Object> p = new HashMap<>();
        p.put(PersistenceUnitProperties.JDBC_URL, url);
        p.put(PersistenceUnitProperties.JDBC_USER, user);
        p.put(PersistenceUnitProperties.JDBC_PASSWORD, password);
        p.put(PersistenceUnitProperties.JDBC_DRIVER, driverClass);
        p.put(PersistenceUnitProperties.CLASSLOADER, new DriverVisibleClassLoader(bundleClassLoader));
        p.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, Integer.toString(poolMax));
        p.put(PersistenceUnitProperties.CONNECTION_POOL_INITIAL, "1");
        p.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "1");
        p.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        p.put(PersistenceUnitProperties.WEAVING, "false");
        if (url.startsWith("jdbc:postgresql:")) {
            // One connection per entity manager for all its queries (read-only ones included), so that they all see
            // the collectivity the transaction set for row-level security (Transactions).
            p.put(PersistenceUnitProperties.EXCLUSIVE_CONNECTION_MODE, "Always");
        }
        // Bulk imports write with JDBC: no shared cache, so every transaction reads what is in the database.
        p.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        p.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        p.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger"); // into the server's log file, not stdout
        p.put(PersistenceUnitProperties.TARGET_SERVER, "None");
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unitName, p);
        if (emf == null) {
            throw new IllegalStateException("Persistence unit " + unitName + " not found (META-INF/persistence.xml)");
        }
        return emf;
    }

    /** Lets EclipseLink load the JDBC driver (seen by this bundle) while loading entities from the module bundle. */
    private static final class DriverVisibleClassLoader extends ClassLoader {
        DriverVisibleClassLoader(ClassLoader bundleClassLoader) {
            super(bundleClassLoader);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return DatabaseComponent.class.getClassLoader().loadClass(name);
        }
    }
}
