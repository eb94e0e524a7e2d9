package fr.mutualis.core.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Whether a module's Flyway history already records every shipped script, unchanged, applied with success: then a
 * start has nothing to migrate and nothing to refuse, and Flyway (its set-up, class loading, database inspection and
 * validation: 8 % of a restart's CPU) is not needed. Anything else (no history, a pending, changed, renamed, failed,
 * unknown or newer migration, a baseline standing for scripts, an unreadable history) answers {@code false}, and
 * Flyway runs as before: it applies, or refuses with its own diagnosis (a changed script is a checksum mismatch).
 */
public final class SchemaHistory {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private SchemaHistory() {
    }

    /**
     * Whether {@code flyway_schema_history_<history>} holds exactly one successful {@code SQL} row per script, with the
     * script's version, description and checksum, and no other row than Flyway's markers of a new history.
     *
     * @param scripts the module's scripts by file name ({@code V<n>__<description>.sql}) with their content
     */
    public static boolean upToDate(Connection c, String history, Map<String, byte[]> scripts) {
        if (scripts.isEmpty()) {
            return false;
        }
        Map<String, String> descriptions = new HashMap<>();
        Map<String, Integer> checksums = new HashMap<>();
        for (Map.Entry<String, byte[]> script : scripts.entrySet()) {
            Matcher name = NAME.matcher(script.getKey());
            if (!name.matches()) {
                return false;
            }
            String version = name.group(1);
            descriptions.put(version, name.group(2).replace('_', ' '));
            checksums.put(version, checksum(script.getValue()));
        }
        String table = FlywayMigrations.HISTORY_TABLE_PREFIX + history;
        try {
            if (!TableNames.exists(c, table)) {
                return false;
            }
            int matched = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\", "
                    + "\"description\", \"type\", \"checksum\", \"success\" FROM \"" + table + "\"")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    String type = rs.getString(3);
                    int checksum = rs.getInt(4);
                    boolean noChecksum = rs.wasNull();
                    if (!rs.getBoolean(5)) {
                        return false; // failed part-way: Flyway's path refuses the start
                    }
                    if ("TABLE".equals(type) && version == null || "BASELINE".equals(type) && "0".equals(version)) {
                        continue; // Flyway's markers of a new history ("table created", baseline 0): no script
                    }
                    if (!"SQL".equals(type) || version == null || !checksums.containsKey(version) || noChecksum
                            || checksum != checksums.get(version) || !descriptions.get(version).equals(rs.getString(2))) {
                        return false;
                    }
                    matched++;
                }
            }
            return matched == scripts.size();
        } catch (SQLException e) {
            return false; // Flyway reads it again and says what is wrong
        }
    }

    /**
     * The checksum Flyway records for an SQL script (its {@code ChecksumCalculator}, flyway-core 13): a CRC32 of the
     * UTF-8 bytes of each line without its line break, a byte-order mark removed from the first line.
     */
    public static int checksum(byte[] content) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = lines.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return (int) crc.getValue();
    }
}
