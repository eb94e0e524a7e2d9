package fr.mutualis.core.server.admin;

import java.nio.file.Path;

/** What an operator needs to run the server: backups and a health report. Console only (not a remote service). */
public interface ServerOperations {

    /**
     * Writes a consistent online backup of the whole database (every module) to {@code file}, or to
     * {@code <data>/backups/mutualis-<date>.zip} (H2) / {@code .dump} (PostgreSQL) when null; a relative file is
     * resolved in the data folder.
     */
    BackupReport backup(Path file);

    Health health();
}
