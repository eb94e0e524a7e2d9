package fr.mutualis.core.server.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Whether a table exists in the connection's schema, whatever case the database folds names to. */
final class TableNames {

    private TableNames() {
    }

    static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String folded = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
        for (String name : new String[] { table, folded }) { // as created quoted (Flyway's histories), or unquoted
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), name, new String[] { "TABLE" })) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
