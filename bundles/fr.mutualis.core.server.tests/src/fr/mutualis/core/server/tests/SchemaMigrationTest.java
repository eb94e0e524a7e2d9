package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import fr.mutualis.core.server.persistence.Database;
import fr.mutualis.testing.OsgiServices;

/** The versioned migrations, seen from outside: what {@code schema_version} records and what is refused. */
class SchemaMigrationTest {

    @TempDir
    Path scripts;

    @Test
    void everyCoreMigrationShippedIsRecordedWithTheChecksumOfItsScript() throws Exception {
        Bundle core = OsgiServices.contextOf(SchemaMigrationTest.class).getBundle();
        List<List<Object>> expected = new ArrayList<>();
        for (URL url : Collections.list(core.findEntries("db/core", "V*__*.sql", false))) {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                expected.add(List.of(Integer.parseInt(file.substring(1, file.indexOf("__"))),
                        file.substring(file.indexOf("__") + 2, file.length() - 4).replace('_', ' '),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()))));
            }
        }
        expected.sort(java.util.Comparator.comparing(row -> (Integer) row.get(0)));

        List<List<Object>> rows = Fixtures.query(
                "SELECT version, description, checksum FROM schema_version WHERE module = 'core' ORDER BY version");

        assertEquals(List.of(1, "socle"), rows.get(0).subList(0, 2), "the core starts at V1");
        assertEquals(expected, rows);
    }

    @Test
    void migratingAgainChangesNothing() {
        List<List<Object>> before = Fixtures.query("SELECT module, version, checksum, applied_at FROM schema_version "
                + "ORDER BY module, version");

        Bundle core = OsgiServices.contextOf(SchemaMigrationTest.class).getBundle();
        OsgiServices.service(Database.class).migrate(core, "core");

        assertEquals(before, Fixtures.query("SELECT module, version, checksum, applied_at FROM schema_version "
                + "ORDER BY module, version"));
    }

    @Test
    void appliesPendingMigrationsInVersionOrderOnce() throws IOException {
        String module = "t" + Fixtures.suffix();
        Map<String, String> files = Map.of(
                "V2__ajout_colonne.sql", "ALTER TABLE " + module + " ADD COLUMN libelle VARCHAR(20);\n",
                "V10__donnee.sql", "-- dixième\nINSERT INTO " + module + " (id, libelle)\n VALUES (1, 'un');\n",
                "V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT PRIMARY KEY);\n");

        migrate(module, files);
        migrate(module, files);

        assertEquals(List.of(List.of(1, "creation"), List.of(2, "ajout colonne"), List.of(10, "donnee")),
                Fixtures.query("SELECT version, description FROM schema_version WHERE module = ? ORDER BY version",
                        module));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM " + module + " WHERE libelle = 'un'"));
    }

    @Test
    void refusesAMigrationChangedAfterItWasApplied() throws IOException {
        String module = "t" + Fixtures.suffix();
        migrate(module, Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(module,
                Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT, nom VARCHAR(10));\n")));

        assertEquals("Migration " + module + " V1 was changed after it was applied; add a new migration instead",
                e.getMessage());
    }

    @Test
    void aFailingMigrationIsNotRecorded() throws IOException {
        String module = "t" + Fixtures.suffix();

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> migrate(module, Map.of("V1__casse.sql", "INSERT INTO table_absente_" + module + " VALUES (1);\n")));

        assertTrue(e.getMessage().startsWith("Schema migration of module " + module + " failed: "), e.getMessage());
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM schema_version WHERE module = ?", module));
    }

    /** Migrates {@code module} from a bundle whose {@code db/<module>/} folder holds exactly these files. */
    private void migrate(String module, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(scripts.resolve(module + "-" + Fixtures.suffix()));
        List<URL> urls = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            urls.add(Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8)
                    .toUri().toURL());
        }
        Bundle bundle = (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                case "findEntries" -> ("db/" + module).equals(args[0]) && "V*__*.sql".equals(args[1])
                        ? Collections.enumeration(urls) : null;
                case "getSymbolicName" -> "fr.mutualis.test." + module;
                case "toString" -> "test bundle " + module;
                default -> throw new UnsupportedOperationException(method.getName());
                });
        OsgiServices.service(Database.class).migrate(bundle, module);
    }
}
