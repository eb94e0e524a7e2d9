package fr.mutualis.core.server.internal.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.OptionalInt;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import fr.mutualis.core.server.admin.BackupReport;
import fr.mutualis.core.server.admin.Health;
import fr.mutualis.core.server.admin.ServerOperations;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.internal.CoreStore;
import fr.mutualis.core.server.internal.DatabaseComponent;
import fr.mutualis.core.server.spi.ConnectedClients;

/** Backups and the health report, on the database the configuration names. */
@Component(service = ServerOperations.class)
public final class ServerOperationsImpl implements ServerOperations {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DatabaseComponent database;
    private final ServerConfig config;

    /** Optional and dynamic: the remote layer may start after the console, or not at all. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConnectedClients connectedClients;

    /** The core store is referenced so that the schema is migrated before a backup or a report reads it. */
    @Activate
    public ServerOperationsImpl(@Reference DatabaseComponent database, @Reference ServerConfig config,
            @Reference CoreStore migrated) {
        this.database = database;
        this.config = config;
    }

    @Override
    public BackupReport backup(Path file) {
        boolean h2 = config.jdbcUrl().startsWith("jdbc:h2:");
        Path target = file != null ? config.dataDirectory().resolve(file)
                : config.dataDirectory().resolve("backups")
                        .resolve("mutualis-" + STAMP.format(LocalDateTime.now()) + (h2 ? ".zip" : ".dump"));
        Map<String, Integer> versions = schemaVersions();
        String key = keyLocation();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (Files.exists(target)) {
                throw new fr.mutualis.core.api.DonneeInvalideException(
                        "Le fichier " + target + " existe déjà : choisissez un autre nom.");
            }
            if (h2) {
                H2Backup.write(database, target, versions);
                return new BackupReport(target, Files.size(target), versions, key, null);
            }
            PostgresqlBackup dump = new PostgresqlBackup(config.jdbcUrl(), // the owner reads every row
                    config.get("db.owner.user", config.jdbcUser()),
                    config.get("db.owner.user", null) == null ? config.jdbcPassword()
                            : config.get("db.owner.password", ""));
            if (!dump.toolAvailable()) {
                return new BackupReport(null, 0, versions, key, dump.operatorCommand(target));
            }
            dump.write(target, versions);
            return new BackupReport(target, Files.size(target), versions, key, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    private String keyLocation() {
        return config.get("crypto.key", null) != null ? "crypto.key dans " + config.configFile()
                : config.dataDirectory().resolve("secrets").resolve("personal-data.key").toString();
    }

    private Map<String, Integer> schemaVersions() {
        try (Connection c = database.connect()) {
            return SchemaVersions.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema versions: " + e.getMessage(), e);
        }
    }

    @Override
    public Health health() {
        String error = null;
        Duration roundTrip = null;
        Map<String, Integer> versions = Map.of();
        try (Connection c = database.connect()) {
            long start = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
            }
            roundTrip = Duration.ofNanos(System.nanoTime() - start);
            versions = SchemaVersions.read(c);
        } catch (SQLException e) {
            error = e.getMessage();
        }
        ConnectedClients clients = connectedClients;
        Path data = config.dataDirectory();
        long free;
        try {
            free = Files.getFileStore(data).getUsableSpace();
        } catch (IOException e) {
            free = -1;
        }
        return new Health(database.describe(), error, roundTrip, versions,
                clients == null ? OptionalInt.empty() : OptionalInt.of(clients.count()),
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()), data.toString(), free);
    }
}
