package fr.mutualis.remote.tests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The content of every table of the database, as one digest per table: two equal snapshots mean nothing changed. */
record Snapshot(Map<String, String> digests) {

    static Snapshot take(String jdbcUrl, String user, String password) {
        try {
            Driver driver = jdbcUrl.startsWith("jdbc:postgresql:") ? new org.postgresql.Driver() : new org.h2.Driver();
            Properties credentials = new Properties();
            credentials.setProperty("user", user);
            credentials.setProperty("password", password);
            try (Connection c = driver.connect(jdbcUrl, credentials)) {
                List<String> tables = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM "
                        + "information_schema.tables WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                Map<String, String> digests = new TreeMap<>();
                for (String table : tables) {
                    digests.put(table.toLowerCase(java.util.Locale.ROOT), digest(c, table)); // H2 names in capitals
                }
                return new Snapshot(digests);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database", e);
        }
    }

    /** The same without the audit journal (where refusals are recorded). */
    Snapshot withoutJournal() {
        Map<String, String> others = new TreeMap<>(digests);
        others.keySet().removeIf(t -> t.equalsIgnoreCase("journal_audit"));
        return new Snapshot(others);
    }

    int rows(String table) {
        String digest = digests.get(table.toLowerCase(java.util.Locale.ROOT));
        return Integer.parseInt(digest.substring(0, digest.indexOf(':')));
    }

    private static String digest(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
