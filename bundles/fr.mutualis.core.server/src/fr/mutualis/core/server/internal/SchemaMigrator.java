package fr.mutualis.core.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

/**
 * Versioned schema migrations: {@code db/<module>/V<n>__<description>.sql} in a bundle, applied once each, in
 * version order, recorded with a SHA-256 checksum in {@code schema_version}. Statements end with {@code ;} at the end
 * of a line; lines starting with {@code --} are comments. Never drop-and-create.
 */
final class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    interface ConnectionSource {
        Connection connect() throws SQLException;
    }

    private record Script(int version, String description, String sql, String checksum) {
    }

    private final ConnectionSource connections;

    SchemaMigrator(ConnectionSource connections) {
        this.connections = connections;
    }

    void migrate(Bundle bundle, String module) {
        List<Script> scripts = scripts(bundle, module);
        try (Connection c = connections.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (module VARCHAR(30) NOT NULL, "
                        + "version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                        + "applied_at TIMESTAMP NOT NULL, PRIMARY KEY (module, version))");
            }
            Map<Integer, String> applied = applied(c, module);
            for (Script script : scripts) {
                String known = applied.get(script.version());
                if (known == null) {
                    apply(c, module, script);
                } else if (!known.equals(script.checksum())) {
                    throw new IllegalStateException("Migration " + module + " V" + script.version()
                            + " was changed after it was applied; add a new migration instead");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration of module " + module + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<Integer, String> applied(Connection c, String module) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM schema_version WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return applied;
    }

    private static void apply(Connection c, String module, Script script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script.sql())) {
                s.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (module, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, module);
                ps.setInt(2, script.version());
                ps.setString(3, script.description());
                ps.setString(4, script.checksum());
                ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
                ps.executeUpdate();
            }
            c.commit();
            LOG.log(Level.INFO, "Schema {0}: applied V{1} {2}", module, script.version(), script.description());
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static List<String> statements(String sql) {
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
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static List<Script> scripts(Bundle bundle, String module) {
        List<Script> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries("db/" + module, "V*__*.sql", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("Badly named migration " + file + " in " + bundle.getSymbolicName());
            }
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                        new String(bytes, StandardCharsets.UTF_8), sha256(bytes)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read migration " + file, e);
            }
        }
        scripts.sort(Comparator.comparingInt(Script::version));
        return scripts;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
