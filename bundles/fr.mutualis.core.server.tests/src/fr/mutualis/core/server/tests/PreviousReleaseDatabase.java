package fr.mutualis.core.server.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.osgi.framework.Bundle;

/**
 * A database as the previous release (before Flyway) left it: its migrations ({@code previous-release/<module>/},
 * the scripts as they were at that release) applied the way its hand-made migrator applied them, statement by
 * statement, each script recorded in {@code schema_version (module, version, description, checksum, applied_at)}
 * with the SHA-256 of its content.
 */
final class PreviousReleaseDatabase {

    static final List<String> MODULES = List.of("core", "budget", "paie", "urbanisme");

    private PreviousReleaseDatabase() {
    }

    static void create(Connection c, Bundle tests) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (module VARCHAR(30) NOT NULL, "
                    + "version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL, PRIMARY KEY (module, version))");
        }
        for (String module : MODULES) {
            List<URL> scripts = new ArrayList<>(Collections.list(tests.findEntries("previous-release/" + module,
                    "V*__*.sql", false)));
            scripts.sort(Comparator.comparingInt(PreviousReleaseDatabase::version));
            for (URL script : scripts) {
                byte[] bytes;
                try (InputStream in = script.openStream()) {
                    bytes = in.readAllBytes();
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(new String(bytes, StandardCharsets.UTF_8))) {
                        s.execute(statement);
                    }
                }
                String file = file(script);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (module, version, "
                        + "description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, module);
                    ps.setInt(2, version(script));
                    ps.setString(3, file.substring(file.indexOf("__") + 2, file.length() - 4).replace('_', ' '));
                    ps.setString(4, sha256(bytes));
                    ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
                    ps.executeUpdate();
                }
            }
        }
    }

    private static String file(URL url) {
        return url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
    }

    private static int version(URL url) {
        String file = file(url);
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    /** The previous release's splitting: a statement ends with {@code ;} at the end of a line; {@code --} lines skipped. */
    private static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
