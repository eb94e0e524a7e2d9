package fr.mutualis.core.server.internal.operations;

import java.time.OffsetDateTime;
import java.util.Map;

/** The description written with a backup: when, which database kind, which schema version of each module. */
final class BackupInfo {

    private BackupInfo() {
    }

    static String text(String kind, Map<String, Integer> versions) {
        StringBuilder sb = new StringBuilder("# Mutualis backup\n")
                .append("created=").append(OffsetDateTime.now()).append('\n')
                .append("database=").append(kind).append('\n');
        versions.forEach((module, version) -> sb.append("schema.").append(module).append('=').append(version)
                .append('\n'));
        return sb.toString();
    }
}
