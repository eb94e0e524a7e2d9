package fr.mutualis.core.server.internal.operations;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import fr.mutualis.core.server.internal.DatabaseComponent;

/**
 * An online backup of the embedded H2 database: {@code SCRIPT TO <file> COMPRESSION ZIP} (a zip of the SQL that
 * recreates every table, its rows and its identity counters) run in one transaction at SNAPSHOT isolation, so it
 * holds exactly the transactions committed when it started, in every module, while the server keeps working.
 * <p>
 * Not {@code BACKUP TO}: that copies H2's data file as last written to disk, and measured on the server product it
 * missed transactions committed in the second before the backup (H2 writes its file up to one second later).
 * The SQL form is also independent of H2's file format. {@code bin/mutualis-restore} replays it into an empty
 * database with H2's {@code RunScript}. A {@value #INFO_ENTRY} entry added after the script records the schema
 * versions it holds.
 */
final class H2Backup {

    static final String INFO_ENTRY = "backup-info.properties";

    private H2Backup() {
    }

    static void write(DatabaseComponent database, Path target, Map<String, Integer> versions) throws IOException {
        try (Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            c.commit();
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            throw new IllegalStateException("H2 SCRIPT TO " + target + " failed: " + e.getMessage(), e);
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + target.toAbsolutePath().toUri()),
                Map.of())) {
            Files.writeString(zip.getPath(INFO_ENTRY), BackupInfo.text("h2", versions), StandardCharsets.UTF_8);
        }
    }
}
