package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import fr.mutualis.core.server.internal.DatabaseComponent;
import fr.mutualis.core.server.internal.SchemaHistory;
import fr.mutualis.core.server.persistence.Database;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.testing.TestDatabases;

/** The versioned migrations (Flyway), seen from outside: what each module's history records and what is refused. */
class SchemaMigrationTest {

    @TempDir
    Path scripts;

    static List<List<Object>> history(String module) {
        return Fixtures.query("SELECT \"version\", \"description\", \"type\", \"success\" FROM \"flyway_schema_history_"
                + module + "\" WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"");
    }

    static List<List<Object>> wholeHistory(String module) {
        return Fixtures.query("SELECT * FROM \"flyway_schema_history_" + module + "\" ORDER BY \"installed_rank\"");
    }

    @Test
    void everyCoreMigrationShippedIsRecordedInTheCoreHistory() {
        Bundle core = OsgiServices.contextOf(SchemaMigrationTest.class).getBundle();
        List<List<Object>> shipped = new ArrayList<>();
        for (URL url : Collections.list(core.findEntries("db/core", "V*__*.sql", false))) {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            shipped.add(List.of(file.substring(1, file.indexOf("__")),
                    file.substring(file.indexOf("__") + 2, file.length() - 4).replace('_', ' '), "SQL", true));
        }
        shipped.sort(java.util.Comparator.comparing(row -> Integer.parseInt((String) row.get(0))));
        // a test database kept from a build before Flyway was taken over: its baseline stands for the scripts up to it
        List<List<Object>> baseline = Fixtures.query("SELECT \"version\" FROM \"flyway_schema_history_core\" "
                + "WHERE \"type\" = 'BASELINE'");
        int upTo = baseline.isEmpty() ? 0 : Integer.parseInt((String) baseline.get(0).get(0));
        List<List<Object>> expected = shipped.stream()
                .filter(row -> Integer.parseInt((String) row.get(0)) > upTo).toList();

        assertEquals(List.of("1", "socle"), shipped.get(0).subList(0, 2), "the core starts at V1");
        assertEquals(expected, history("core"));
    }

    @Test
    void migratingAgainChangesNothing() {
        List<List<Object>> before = wholeHistory("core");

        Bundle core = OsgiServices.contextOf(SchemaMigrationTest.class).getBundle();
        OsgiServices.service(Database.class).migrate(core, "core");

        assertEquals(before, wholeHistory("core"));
    }

    @Test
    void appliesPendingMigrationsInVersionOrderOnceWithTheirOwnHistory() throws IOException {
        String module = "t" + Fixtures.suffix();
        Map<String, String> files = Map.of(
                "V2__ajout_colonne.sql", "ALTER TABLE " + module + " ADD COLUMN libelle VARCHAR(20);\n",
                "V10__donnee.sql", "-- dixième; with a ; in a comment\nINSERT INTO " + module + " (id, libelle)\n"
                        + " VALUES (1, 'un; deux');\n",
                "V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT PRIMARY KEY);\n");

        migrate(module, files);
        migrate(module, files);

        assertEquals(List.of(List.of("1", "creation", "SQL", true), List.of("2", "ajout colonne", "SQL", true),
                List.of("10", "donnee", "SQL", true)), history(module));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM " + module + " WHERE libelle = 'un; deux'"));
    }

    @Test
    void refusesAMigrationChangedAfterItWasApplied() throws IOException {
        String module = "t" + Fixtures.suffix();
        migrate(module, Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(module,
                Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT, nom VARCHAR(10));\n")));

        assertTrue(e.getMessage().startsWith("Schema migration of module " + module + " failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    }

    @Test
    void theJournalKeysAreTakenByThousandsOnH2AndOneByOneOnPostgresql() {
        // core V8: H2 writes its schema each time an identity takes more keys; PostgreSQL's cache would be per session
        // and give the journal's keys out of time order across the pool's connections (postgresql/V8)
        List<List<Object>> cache = TestDatabases.postgresql()
                ? Fixtures.query("SELECT seqcache FROM pg_sequence "
                        + "WHERE seqrelid = pg_get_serial_sequence('journal_audit', 'id')::regclass")
                : Fixtures.query("SELECT CAST(IDENTITY_CACHE AS BIGINT) FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_NAME = 'JOURNAL_AUDIT' AND COLUMN_NAME = 'ID'");
        assertEquals(1, cache.size(), cache.toString());
        assertEquals(TestDatabases.postgresql() ? 1L : 5000L, ((Number) cache.get(0).get(0)).longValue());
    }

    @Test
    void aFailingMigrationLeavesNothingOnPostgresqlAndIsRefusedAsHalfAppliedOnH2() throws IOException {
        String module = "t" + Fixtures.suffix();
        Map<String, String> files = Map.of("V1__casse.sql", "CREATE TABLE " + module + " (id BIGINT);\n"
                + "INSERT INTO table_absente_" + module + " VALUES (1);\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(module, files));
        assertTrue(e.getMessage().startsWith("Schema migration of module " + module + " failed: "), e.getMessage());

        if (TestDatabases.postgresql()) {
            // PostgreSQL runs the script's DDL in its transaction: rolled back whole, nothing recorded.
            assertEquals(List.of(), history(module));
            assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?",
                    module));
        } else {
            // H2 commits DDL at once: the table is there and Flyway recorded the failure; the next start refuses.
            assertEquals(List.of(List.of("1", "casse", "SQL", false)), history(module));
            List<List<Object>> before = wholeHistory(module);
            IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> migrate(module, files));
            assertTrue(refusal.getMessage().contains("is half-migrated: migration " + module + " V1 failed part-way"),
                    refusal.getMessage());
            assertEquals(before, wholeHistory(module), "a refused start writes nothing");
        }
    }

    @Test
    void aHistoryMarkedFailedIsRefusedAndLeftUnchanged() throws IOException {
        String module = "t" + Fixtures.suffix();
        Map<String, String> v1 = Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n");
        migrate(module, v1);
        // what a server killed in the middle of a non-transactional migration leaves behind
        Fixtures.update("INSERT INTO \"flyway_schema_history_" + module + "\" (\"installed_rank\", \"version\", "
                + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (99, '2', 'colonne', 'SQL', 'V2__colonne.sql', 1, 'mutualis', 1, FALSE)");
        List<List<Object>> before = wholeHistory(module);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(module, Map.of(
                "V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n",
                "V2__colonne.sql", "ALTER TABLE " + module + " ADD COLUMN nom VARCHAR(10);\n")));

        assertTrue(e.getMessage().contains("is half-migrated: migration " + module + " V2 failed part-way"
                + " (flyway_schema_history_" + module + "); restore the last backup"), e.getMessage());
        assertEquals(before, wholeHistory(module), "a refused start writes nothing");
    }

    @Test
    void aDatabaseWithANewerSchemaIsRefusedAndLeftUnchanged() throws IOException {
        String module = "t" + Fixtures.suffix();
        migrate(module, Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n",
                "V2__colonne.sql", "ALTER TABLE " + module + " ADD COLUMN nom VARCHAR(10);\n"));
        List<List<Object>> before = wholeHistory(module);

        // an older server, that only knows V1, on the database a newer one migrated to V2
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> migrate(module, Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n")));

        assertTrue(e.getMessage().contains("has a newer schema of module " + module + " (V2 (flyway_schema_history_"
                + module + ")) than this server knows (V1)"), e.getMessage());
        assertEquals(before, wholeHistory(module), "a refused start writes nothing");
    }

    @Test
    void aRestartReadsAnUpToDateHistoryWithoutFlywayWithFlywaysOwnChecksums() throws Exception {
        String module = "t" + Fixtures.suffix();
        // what an editor may leave in a script: a byte-order mark, Windows line ends, accents, no final line end
        Map<String, String> files = Map.of(
                "V1__creation.sql", "\uFEFF-- créée à la main\r\nCREATE TABLE " + module + " (id BIGINT);\r\n",
                "V2__ajout_colonne.sql", "ALTER TABLE " + module + " ADD COLUMN libelle VARCHAR(20);\n\n  \n",
                "V3__donnee.sql", "INSERT INTO " + module + " (id, libelle) VALUES (1, 'élan')");
        migrate(module, files);

        Map<String, byte[]> scripts = bytes(files);
        for (List<Object> row : Fixtures.query("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history_" + module
                + "\" WHERE \"type\" = 'SQL'")) {
            String script = (String) row.get(0);
            assertEquals(row.get(1), SchemaHistory.checksum(scripts.get(script.substring(script.lastIndexOf('/') + 1))),
                    "checksum of " + script);
        }
        try (Connection c = OsgiServices.service(DatabaseComponent.class).connect()) {
            assertTrue(SchemaHistory.upToDate(c, module, scripts), "every script recorded: Flyway is not needed");
            // Windows line ends instead of Unix ones: the same checksum for Flyway, the same for the fast path
            Map<String, byte[]> crlf = new HashMap<>(scripts);
            crlf.put("V2__ajout_colonne.sql", files.get("V2__ajout_colonne.sql").replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertTrue(SchemaHistory.upToDate(c, module, crlf));
        }
    }

    @Test
    void anythingButAnUpToDateHistoryGoesThroughFlyway() throws Exception {
        String module = "t" + Fixtures.suffix();
        Map<String, String> files = Map.of("V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT);\n",
                "V2__colonne.sql", "ALTER TABLE " + module + " ADD COLUMN nom VARCHAR(10);\n");
        try (Connection c = OsgiServices.service(DatabaseComponent.class).connect()) {
            assertFalse(SchemaHistory.upToDate(c, module, bytes(files)), "no history yet");
            migrate(module, files);
            assertTrue(SchemaHistory.upToDate(c, module, bytes(files)));

            Map<String, String> changed = new HashMap<>(files);
            changed.put("V2__colonne.sql", "ALTER TABLE " + module + " ADD COLUMN nom VARCHAR(12);\n");
            assertFalse(SchemaHistory.upToDate(c, module, bytes(changed)), "a changed script");
            Map<String, String> renamed = new HashMap<>(files);
            renamed.put("V2__colonnes.sql", renamed.remove("V2__colonne.sql"));
            assertFalse(SchemaHistory.upToDate(c, module, bytes(renamed)), "a renamed script");
            Map<String, String> pending = new HashMap<>(files);
            pending.put("V3__index.sql", "CREATE INDEX " + module + "_ix ON " + module + " (nom);\n");
            assertFalse(SchemaHistory.upToDate(c, module, bytes(pending)), "a pending script");
            assertFalse(SchemaHistory.upToDate(c, module, bytes(Map.of("V1__creation.sql", files.get("V1__creation.sql")))),
                    "a history newer than the scripts");

            Fixtures.update("UPDATE \"flyway_schema_history_" + module + "\" SET \"success\" = FALSE "
                    + "WHERE \"version\" = '2'");
            assertFalse(SchemaHistory.upToDate(c, module, bytes(files)), "a migration that failed part-way");
        }
        // and Flyway's path still refuses the half-migrated history at the next start
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(module, files));
        assertTrue(e.getMessage().contains("is half-migrated: migration " + module + " V2 failed part-way"),
                e.getMessage());
    }

    private static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** Migrates {@code module} from a bundle whose {@code db/<module>/} folder holds exactly these files. */
    void migrate(String module, Map<String, String> files) throws IOException {
        OsgiServices.service(Database.class).migrate(bundleWith(scripts, module, files), module);
    }

    /** A stand-in bundle whose {@code db/<module>/} folder holds exactly these files. */
    static Bundle bundleWith(Path scripts, String module, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(scripts.resolve(module + "-" + Fixtures.suffix()));
        List<URL> urls = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            urls.add(Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8)
                    .toUri().toURL());
        }
        return (Bundle) Proxy.newProxyInstance(SchemaMigrationTest.class.getClassLoader(), new Class<?>[] { Bundle.class },
                (proxy, method, args) -> switch (method.getName()) {
                case "findEntries" -> ("db/" + module).equals(args[0]) && "V*__*.sql".equals(args[1])
                        ? Collections.enumeration(urls) : null;
                case "getSymbolicName" -> "fr.mutualis.test." + module;
                case "toString" -> "test bundle " + module;
                default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
