package fr.mutualis.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import fr.mutualis.testing.ClientSerialFilter;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;

/**
 * The server product ({@code bin/mutualis-server}, found as {@link ServerProcess} finds it) started as its own
 * process on a data folder that can be started again (start-up with data already there), every output line kept with
 * the time it arrived (durations of init-script commands), optionally under Java Flight Recorder. The benchmark JVM
 * opens the same database while the server runs (H2's {@code AUTO_SERVER=TRUE}, or the PostgreSQL database of the
 * folder), to load mandats in bulk and to time the SQL baseline over the same rows.
 */
final class ServerProduct implements AutoCloseable {

    /** A line the server printed and when it arrived ({@link System#nanoTime()}). */
    record Line(long nanos, String text) {
    }

    private final Process process;
    private final long startNanos;
    private final Path data;
    private final int port;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private ServerProduct(Process process, long startNanos, Path data, int port) {
        this.process = process;
        this.startNanos = startNanos;
        this.data = data;
        this.port = port;
        Thread pump = new Thread(this::pump, "bench-server-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** The PostgreSQL databases of the data folders, when the run plays PostgreSQL ({@link #postgresql()}). */
    private static final Map<Path, TestDatabases.TestDatabase> DATABASES = new ConcurrentHashMap<>();

    /**
     * Whether the run plays PostgreSQL: {@code bench.sh --postgres} passes the server that
     * {@code releng/scripts/postgres.sh} started as {@value TestDatabases#SERVER_PROPERTY}.
     */
    static boolean postgresql() {
        String server = System.getProperty(TestDatabases.SERVER_PROPERTY, "");
        return !server.isBlank() && !server.equals("null"); // Maven passes an empty property as "null"
    }

    /** The database of the run, for the tables of results. */
    static String databaseName() {
        return postgresql() ? "PostgreSQL (hosting: the server's role is not the owner, row-level security on)"
                : "H2 embedded";
    }

    /**
     * A new data folder configured for a server on a free port, started by {@link #start}, that the benchmark JVM can
     * open while the server runs ({@link #connect}): on H2 with {@code AUTO_SERVER=TRUE}, on PostgreSQL a new database
     * of the run's server, with the server working as a role that does not own the tables (as hosting does).
     */
    static Path newDataFolder() {
        return newDataFolder(true);
    }

    /**
     * @param shared on H2, {@code AUTO_SERVER=TRUE} (bulk loads while the server runs); without it, the URL the product
     *               writes on its first start, for start-up figures: H2's auto-server mode locks with a file and
     *               sleeps about 2 s on each opening to be sure no other process holds it
     */
    static Path newDataFolder(boolean shared) {
        try {
            Path data = Files.createTempDirectory("mutualis-bench-");
            List<String> lines = new ArrayList<>(List.of("remote.host=localhost",
                    "remote.port=" + ServerProcess.freePort()));
            if (postgresql()) {
                TestDatabases.TestDatabase database = TestDatabases.create();
                DATABASES.put(data, database);
                database.serverConfiguration().forEach((key, value) -> lines.add(key + "=" + value));
            } else {
                lines.add("db.url=jdbc:h2:file:${data}/db/mutualis;MODE=LEGACY" + (shared ? ";AUTO_SERVER=TRUE" : ""));
            }
            Files.write(data.resolve("mutualis.properties"), lines, StandardCharsets.UTF_8);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the data folder the database URL the product writes itself (without {@code AUTO_SERVER}, see
     * {@link #newDataFolder(boolean)}), for the restarts that are timed; nothing to change on PostgreSQL.
     */
    static void unshared(Path data) {
        try {
            Path config = data.resolve("mutualis.properties");
            Files.writeString(config, Files.readString(config).replace(";AUTO_SERVER=TRUE", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of a stopped server's data folder (database, keys, configuration, on its own port) without its OSGi
     * cache and class archive, for another server product; on PostgreSQL both folders name the same database.
     */
    static Path copyForAnotherProduct(Path data) {
        try {
            Path copy = Files.createTempDirectory("mutualis-bench-");
            try (var files = Files.walk(data)) {
                for (Path from : files.toList()) {
                    Path relative = data.relativize(from);
                    if (relative.toString().isEmpty() || relative.startsWith("osgi") || relative.startsWith("logs")
                            || relative.startsWith("run")) {
                        continue;
                    }
                    Path to = copy.resolve(relative.toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            Path config = copy.resolve("mutualis.properties");
            Files.writeString(config, Files.readString(config).replaceAll("remote\\.port=\\d+",
                    "remote.port=" + ServerProcess.freePort()));
            if (DATABASES.containsKey(data)) {
                DATABASES.put(copy, DATABASES.get(data));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC connection to the database of a data folder (auto-commit), as its owner. */
    static Connection connect(Path data) throws SQLException {
        TestDatabases.TestDatabase database = DATABASES.get(data);
        return database != null ? database.connect()
                : RawJdbc.connect("jdbc:h2:file:" + data.resolve("db").resolve("mutualis") + ";MODE=LEGACY;AUTO_SERVER=TRUE");
    }

    /**
     * Starts the server on {@code data}; with {@code init} commands, they run once it has started.
     *
     * @param name names the JFR recording when {@code mutualis.bench.jfr} is set
     */
    static ServerProduct start(Path data, List<String> init, String name) {
        return start(System.getProperty(ServerProcess.PRODUCT_PROPERTY), data, init, name);
    }

    /** Starts the server product installed at {@code location} (another build of it, for before/after figures). */
    static ServerProduct start(String location, Path data, List<String> init, String name) {
        ClientSerialFilter.install();
        try {
            if (location == null || !Files.isExecutable(Path.of(location, "bin/mutualis-server"))) {
                throw new IllegalStateException("Server product not found at " + location
                        + ": build releng/fr.mutualis.products first");
            }
            int port = Integer.parseInt(Files.readAllLines(data.resolve("mutualis.properties")).stream()
                    .filter(l -> l.startsWith("remote.port=")).findFirst().orElseThrow().substring(12).strip());
            ProcessBuilder builder = new ProcessBuilder(Path.of(location, "bin/mutualis-server").toString())
                    .redirectErrorStream(true);
            builder.environment().put("MUTUALIS_DATA", data.toString());
            builder.environment().put("MUTUALIS_ADMIN_PASSWORD", ServerProcess.ADMIN_PASSWORD);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().remove("MUTUALIS_INIT");
            if (init != null) {
                Path script = data.resolve("init-" + name + ".gogo");
                Files.write(script, init, StandardCharsets.UTF_8);
                builder.environment().put("MUTUALIS_INIT", script.toString());
            }
            String jfr = System.getProperty("mutualis.bench.jfr", "");
            if (!jfr.isBlank() && !jfr.equals("null")) { // Maven passes an empty property as "null"
                Files.createDirectories(Path.of(jfr));
                // the JVM turns JFR off when it is to write the class archive at exit: no archive written while recording
                builder.environment().put("MUTUALIS_JAVA_OPTS", "-XX:-AutoCreateSharedArchive -XX:+FlightRecorder "
                        + "-XX:StartFlightRecording="
                        + "filename=" + Path.of(jfr, name + ".jfr") + ",settings=profile,dumponexit=true");
            }
            long start = System.nanoTime();
            return new ServerProduct(builder.start(), start, data, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time used so far by the server process (and any process it started), in nanoseconds. */
    long cpuNanos() {
        return Machine.processTreeCpuNanos(process.toHandle());
    }

    /** When the process was started ({@link System#nanoTime()}). */
    long startNanos() {
        return startNanos;
    }

    String address() {
        return "ecftcp://localhost:" + port + "/server";
    }

    Path data() {
        return data;
    }

    /** A JDBC connection to the server's database, usable while the server runs (see {@link #newDataFolder()}). */
    Connection connect() throws SQLException {
        return connect(data);
    }

    /** Waits until the remote port accepts a TCP connection; the time since the process was started, in ns. */
    long awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Server stopped before listening:\n" + output());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 200);
                return System.nanoTime() - startNanos;
            } catch (IOException e) {
                pause(10);
            }
        }
        throw new IllegalStateException("Server did not listen on " + port + " within " + timeout + ":\n" + output());
    }

    /** Waits for the end of the init script (fails when it failed). */
    void awaitInit(Duration timeout) {
        awaitLine(" exécuté.", timeout);
    }

    /** Waits for a line containing {@code text}; the time it arrived. */
    long awaitLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Line line : lines) {
                if (line.text().contains(text)) {
                    return line.nanos();
                }
                if (line.text().contains(" en échec")) {
                    throw new IllegalStateException("Init script failed:\n" + output());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Server stopped before printing '" + text + "':\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No '" + text + "' within " + timeout + ":\n" + output());
            }
            pause(20);
        }
    }

    /**
     * How long the {@code occurrence}-th run (from 1) of an init-script command took: from its echo to the last line
     * of its result.
     */
    long commandNanos(String command, int occurrence) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().equals("mutualis> " + command) && ++seen == occurrence) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String text = lines.get(j).text();
                    if (text.startsWith("mutualis> ") || text.contains(" exécuté.")) {
                        // the result was printed just before the next command's echo
                        return lines.get(j - 1 > i ? j - 1 : j).nanos() - lines.get(i).nanos();
                    }
                }
            }
        }
        throw new IllegalStateException("Command " + command + " not found in the output:\n" + output());
    }

    String output() {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.text()).append('\n'));
        return text.toString();
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(new Line(System.nanoTime(), line));
            }
        } catch (IOException e) {
            lines.add(new Line(System.nanoTime(), "[output closed: " + e.getMessage() + "]"));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server (SIGTERM: a JFR recording is written) and keeps its output in the data folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.writeString(data.resolve("server-output-" + startNanos + ".log"), output(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // kept for diagnosis only
        }
    }
}
