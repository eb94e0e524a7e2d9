package fr.mutualis.core.server.persistence;

import org.osgi.framework.Bundle;

import jakarta.persistence.EntityManagerFactory;

/**
 * The server's database, shared by the core and every module. Each module server bundle migrates its own schema
 * and opens its own persistence unit (its {@code META-INF/persistence.xml}) on this database.
 */
public interface Database {

    /**
     * Applies, with Flyway, the versioned SQL migrations {@code db/<module>/V<n>__<description>.sql} of a bundle that
     * are not yet applied, in order, each in its own transaction, recorded in {@code flyway_schema_history_<module>}
     * (on PostgreSQL also {@code db/<module>/postgresql/}, row-level security: {@code postgresql/V<n>} right
     * after {@code V<n>}). A migration already applied whose
     * content changed, a database of a newer schema, a half-applied migration: refused, nothing written (the server
     * does not start on a schema it cannot trust). A database of the release before Flyway ({@code schema_version})
     * is taken over.
     */
    void migrate(Bundle bundle, String module);

    /** Opens the persistence unit {@code unitName} found through {@code bundleClassLoader}. */
    EntityManagerFactory open(String unitName, ClassLoader bundleClassLoader);

    /** A short description for logs and the console: database product and URL without credentials. */
    String describe();
}
