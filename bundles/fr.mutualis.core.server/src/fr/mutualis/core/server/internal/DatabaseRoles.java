package fr.mutualis.core.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The two roles of a hosted PostgreSQL database: the owner of the schema ({@code db.owner.user}), who runs the
 * migrations and to whom row-level security does not apply, and the server's role ({@code db.user}), which is not the
 * owner, so that every business table's policy filters what it sees. After each migration the server's role is
 * granted the rows of every table (and, by default privileges, of the tables later migrations create), nothing else.
 */
final class DatabaseRoles {

    private final boolean postgresql;
    private final String serverRole;
    private final ConnectionDataSource.ConnectionSource owner;

    /** @param serverRole the server's role when it differs from the owner, else null (no row-level security) */
    DatabaseRoles(boolean postgresql, String serverRole, ConnectionDataSource.ConnectionSource owner) {
        this.postgresql = postgresql;
        this.serverRole = serverRole;
        this.owner = owner;
    }

    boolean postgresql() {
        return postgresql;
    }

    void grantToServer() {
        if (!postgresql || serverRole == null) {
            return;
        }
        try (Connection c = owner.connect(); Statement s = c.createStatement()) {
            String schema;
            try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = quote(rs.getString(1));
            }
            String role = quote(serverRole);
            for (String grant : List.of(
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role,
                    "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role,
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
                            + role,
                    "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "
                            + role)) {
                s.execute(grant);
            }
            // the migration histories are the owner's alone
            try (ResultSet rs = c.getMetaData().getTables(null, rs(schema), FlywayMigrations.HISTORY_TABLE_PREFIX + "%",
                    new String[] { "TABLE" })) {
                List<String> histories = new java.util.ArrayList<>();
                while (rs.next()) {
                    histories.add(rs.getString("TABLE_NAME"));
                }
                for (String history : histories) {
                    s.execute("REVOKE INSERT, UPDATE, DELETE ON " + schema + "." + quote(history) + " FROM " + role);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the server's role " + serverRole + " its rights: "
                    + e.getMessage(), e);
        }
    }

    private static String rs(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
