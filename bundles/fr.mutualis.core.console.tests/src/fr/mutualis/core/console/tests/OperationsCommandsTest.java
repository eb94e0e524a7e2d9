package fr.mutualis.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import fr.mutualis.core.server.spi.ConnectedClients;
import fr.mutualis.testing.OsgiServices;

/** {@code mutualis:health} and {@code mutualis:backup} on the test framework's database. */
class OperationsCommandsTest {

    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("mutualis.test.database"));

    @Test
    void healthShowsTheDatabaseTheSchemasTheClientsAndTheUptime() {
        String health = Gogo.ok("mutualis:health");
        Gogo.assertAligned(health, "Élément", "État");
        assertTrue(health.matches("(?s).*\nBase de données +joignable \\(\\d+,\\d ms\\) — (H2|PostgreSQL) jdbc:.*"),
                health);
        assertTrue(health.matches("(?s).*\nSchéma core +version [4-9].*"), health);
        assertTrue(health.matches("(?s).*\nClients connectés +inconnu\n.*"), "no remote layer in this test:\n" + health);
        assertTrue(health.matches("(?s).*\nEn service depuis +\\d\\d h \\d\\d min \\d\\d s\n.*"), health);
        assertTrue(health.matches("(?s).*\nEspace libre +\\d+,\\d Go \\(/.*\\)$"), health);

        ServiceRegistration<ConnectedClients> clients = OsgiServices.contextOf(OperationsCommandsTest.class)
                .registerService(ConnectedClients.class, () -> 3, null);
        try {
            assertTrue(Gogo.ok("mutualis:health").matches("(?s).*\nClients connectés +3\n.*"));
        } finally {
            clients.unregister();
        }
        assertTrue(Gogo.ok("mutualis:health").matches("(?s).*\nClients connectés +inconnu\n.*"));
    }

    @Test
    void backupWritesTheWholeDatabaseWithItsSchemaVersionsAndNamesTheKey(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(POSTGRESQL ? "sauvegarde.dump" : "sauvegarde.zip");
        String text = Gogo.ok("mutualis:backup " + file);
        assertTrue(text.contains("\nVersions de schéma : ") && text.contains("core "), text);
        assertTrue(text.contains("\nClé des données personnelles (non incluse, à sauvegarder avec ce fichier) : "), text);
        if (!POSTGRESQL) {
            assertTrue(text.startsWith("Sauvegarde écrite : " + file + " ("), text);
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
                String script = Files.readString(zip.getPath("script.sql"));
                assertTrue(script.contains("CREATE MEMORY TABLE \"PUBLIC\".\"JOURNAL_AUDIT\"")
                        || script.contains("CREATE CACHED TABLE \"PUBLIC\".\"JOURNAL_AUDIT\""), "the whole schema");
                assertTrue(script.contains("INSERT INTO \"PUBLIC\".\"PARAMETRE_SERVEUR\""), "and its rows");
                String info = Files.readString(zip.getPath("backup-info.properties"));
                assertTrue(info.contains("database=h2\n") && info.matches("(?s).*\nschema\\.core=[4-9]\n.*"), info);
            }
        } else if (text.startsWith("Sauvegarde écrite : ")) {
            assertTrue(Files.readString(Path.of(file + ".properties")).contains("database=postgresql"));
        } else {
            assertTrue(text.startsWith("pg_dump n'est pas installé sur le serveur : lancez sur une machine qui l'a :\n"
                    + "  PGPASSWORD=… pg_dump -Fc "), text);
        }
        if (Files.exists(file)) {
            Gogo.refused("mutualis:backup " + file, "Le fichier " + file + " existe déjà : choisissez un autre nom.");
        }
    }
}
