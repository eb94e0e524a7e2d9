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
import java.util.Map;

import fr.mutualis.core.server.internal.DatabaseComponent;

/**
 * An online backup of the embedded H2 database with {@code BACKUP TO}: H2 copies its data file as of one committed
 * state into a zip while the server keeps working. Chosen over {@code SCRIPT TO}: the restore is a file copy (H2's
 * {@code org.h2.tools.Restore}, what {@code bin/mutualis-restore} runs) that gives back exactly the same database,
 * identity counters included, with no SQL to replay and nothing that can half-apply. A
 * {@value #INFO_ENTRY} entry added to the zip records the schema versions it holds.
 */
final class H2Backup {

    static final String INFO_ENTRY = "backup-info.properties";

    private H2Backup() {
    }

    static void write(DatabaseComponent database, Path target, Map<String, Integer> versions) throws IOException {
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 BACKUP TO " + target + " failed: " + e.getMessage(), e);
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + target.toAbsolutePath().toUri()),
                Map.of())) {
            Files.writeString(zip.getPath(INFO_ENTRY), BackupInfo.text("h2", versions), StandardCharsets.UTF_8);
        }
    }
}
