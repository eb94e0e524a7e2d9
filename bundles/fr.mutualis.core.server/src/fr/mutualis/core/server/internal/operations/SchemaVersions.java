package fr.mutualis.core.server.internal.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The applied schema version of each module, read from whichever migration history the database has: the
 * {@code schema_version} table (module, version) and/or Flyway's {@code flyway_schema_history_<module>} tables.
 */
final class SchemaVersions {

    private static final String FLYWAY = "flyway_schema_history";

    private SchemaVersions() {
    }

    static Map<String, Integer> read(Connection c) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA")
                        || schema.equalsIgnoreCase("pg_catalog"))) {
                    continue;
                }
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            String lower = table.toLowerCase(Locale.ROOT);
            if (lower.equals("schema_version")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT module, MAX(version) FROM " + table + " GROUP BY module")) {
                    while (rs.next()) {
                        versions.merge(rs.getString(1), rs.getInt(2), Math::max);
                    }
                }
            } else if (lower.startsWith(FLYWAY)) {
                String module = lower.length() > FLYWAY.length() + 1 ? lower.substring(FLYWAY.length() + 1) : "?";
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT \"version\" FROM \"" + table + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
                    while (rs.next()) {
                        versions.merge(module, major(rs.getString(1)), Math::max);
                    }
                }
            }
        }
        return versions;
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
