package fr.mutualis.testing.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import fr.mutualis.testing.TestDatabases;
import fr.mutualis.testing.TestDatabases.TestDatabase;

/**
 * Test-runtime glue: in an OSGi test run on PostgreSQL ({@code mutualis.test.database=postgresql}), creates a fresh
 * database before the server bundles start (this bundle starts at level 3, they at 4) and points the server's
 * configuration at it through the system properties {@code mutualis.db.*} that override {@code mutualis.properties}
 * ({@link fr.mutualis.testing.TestDatabases.TestDatabase#serverConfiguration()}: a server role that is not the
 * tables' owner, as in hosting); drops it when the test runtime stops.
 */
public final class TestRuntimeDatabase implements BundleActivator {

    private TestDatabase database;

    @Override
    public void start(BundleContext context) {
        if (!TestDatabases.postgresql() || System.getProperty("mutualis.db.url") != null) {
            return;
        }
        try {
            database = TestDatabases.create();
        } catch (RuntimeException e) {
            // No silent fall-back to H2: the server cannot open its database and every test says why.
            System.setProperty("mutualis.db.url", "jdbc:postgresql://127.0.0.1:1/no-test-postgresql-server");
            System.err.println("[mutualis tests] " + e.getMessage());
            throw e;
        }
        // as hosted: the server's role is not the owner of the tables, so row-level security applies to it
        database.serverConfiguration().forEach((key, value) -> System.setProperty("mutualis." + key, value));
        System.out.println("[mutualis tests] database: PostgreSQL " + database.url() + " as role "
                + System.getProperty("mutualis.db.user"));
    }

    @Override
    public void stop(BundleContext context) {
        if (database != null) {
            database.close();
        }
    }
}
