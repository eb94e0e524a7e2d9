package fr.mutualis.core.server.internal.operations;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL backup with {@code pg_dump -Fc} run by the server (the password goes through PGPASSWORD, never on a
 * command line); the schema versions are written beside it in {@code <file>.properties}.
 */
final class PostgresqlBackup {

    private final String host;
    private final String port;
    private final String databaseName;
    private final String user;
    private final String password;

    PostgresqlBackup(String jdbcUrl, String configUser, String configPassword) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> query = query(uri.getRawQuery());
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? "5432" : Integer.toString(uri.getPort());
        this.databaseName = uri.getPath().substring(1);
        this.user = query.getOrDefault("user", configUser);
        this.password = query.getOrDefault("password", configPassword);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    boolean toolAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "pg_dump"))) {
                return true;
            }
        }
        return false;
    }

    /** What the operator runs on a machine with the PostgreSQL client tools. */
    String operatorCommand(Path target) {
        return "PGPASSWORD=… pg_dump -Fc -h " + host + " -p " + port + " -U " + user + " -f " + target + " "
                + databaseName;
    }

    void write(Path target, Map<String, Integer> versions) throws IOException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "-Fc", "--no-password", "-h", host, "-p", port,
                "-U", user, "-f", target.toAbsolutePath().toString(), databaseName));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                Files.deleteIfExists(target);
                throw new IllegalStateException("pg_dump failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("pg_dump interrupted", e);
        }
        Files.writeString(Path.of(target.toAbsolutePath() + ".properties"), BackupInfo.text("postgresql", versions),
                StandardCharsets.UTF_8);
    }
}
