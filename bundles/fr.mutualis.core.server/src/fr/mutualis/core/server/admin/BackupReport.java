package fr.mutualis.core.server.admin;

import java.nio.file.Path;
import java.util.Map;

/**
 * A backup made, or the command the operator must run when the server cannot make it itself (PostgreSQL without
 * {@code pg_dump} on the server's PATH): then {@code file} is null and {@code operatorCommand} says what to run.
 *
 * @param schemaVersions module -> schema version the backup holds
 * @param keyLocation    where the personal-data key is: it is not in the backup and must be kept with it
 */
public record BackupReport(Path file, long bytes, Map<String, Integer> schemaVersions, String keyLocation,
        String operatorCommand) {
}
