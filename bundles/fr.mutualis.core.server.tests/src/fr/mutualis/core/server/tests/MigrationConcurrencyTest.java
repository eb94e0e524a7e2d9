package fr.mutualis.core.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.internal.DatabaseComponent;
import fr.mutualis.testing.TestDatabases;

/**
 * Two servers starting at once on one database: two independent database components (each its own Flyway, its own
 * connections, as two processes have) migrate the same module at the same moment; the database lock lets each
 * migration run once.
 */
class MigrationConcurrencyTest {

    @TempDir
    Path scripts;

    @org.junit.jupiter.api.RepeatedTest(3)
    void twoMigrationsAtOnceApplyEachScriptOnce() throws Exception {
        String module = "t" + Fixtures.suffix();
        String slow = TestDatabases.postgresql() ? "SELECT pg_sleep(1);\n" : "SELECT COUNT(*) FROM " + module + ";\n";
        Bundle bundle = SchemaMigrationTest.bundleWith(scripts, module, Map.of(
                "V1__creation.sql", "CREATE TABLE " + module + " (id BIGINT PRIMARY KEY, libelle VARCHAR(20));\n",
                "V2__lente.sql", slow,
                "V3__donnee.sql", "INSERT INTO " + module + " (id, libelle) VALUES (1, 'une fois');\n"));
        List<DatabaseComponent> servers = List.of(new DatabaseComponent(new ServerConfig()),
                new DatabaseComponent(new ServerConfig()));
        CyclicBarrier together = new CyclicBarrier(servers.size());
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (DatabaseComponent server : servers) {
                runs.add(pool.submit(() -> {
                    together.await();
                    server.migrate(bundle, module);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES); // fails the test with the migration's exception, if any
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(List.of(List.of("1", "creation", "SQL", true), List.of("2", "lente", "SQL", true),
                List.of("3", "donnee", "SQL", true)), SchemaMigrationTest.history(module));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM " + module));
    }
}
