package fr.mutualis.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Mutualis server product started as its own operating-system process, as an administrator would start it
 * ({@code bin/mutualis-server}), on free ports, with a fresh data folder and an init script of console commands.
 * Used by end-to-end and UI tests; the product folder comes from the system property {@value #PRODUCT_PROPERTY}.
 * Starting one also puts the test JVM under the client's deserialization allow-list ({@link ClientSerialFilter}).
 * In a test run on PostgreSQL ({@link TestDatabases#postgresql()}) the server gets a fresh PostgreSQL database unless
 * the configuration names one ({@code db.url}); that database is dropped when the server is closed.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String PRODUCT_PROPERTY = "mutualis.server.product";
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private final Process process;
    private final Path dataDirectory;
    private final int port;
    private final Path init;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private TestDatabases.TestDatabase database;

    private ServerProcess(Process process, Path dataDirectory, int port, Path init) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.init = init;
        Thread pump = new Thread(this::pump, "mutualis-server-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts the server and waits until the init script has run.
     *
     * @param configuration extra lines for {@code mutualis.properties}
     * @param initCommands  console commands run once the server has started
     */
    public static ServerProcess start(Map<String, String> configuration, List<String> initCommands) {
        try {
            return startIn(Files.createTempDirectory("mutualis-server-"), configuration, initCommands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on a given data folder (for instance one a backup was restored into). */
    public static ServerProcess startIn(Path data, Map<String, String> configuration, List<String> initCommands) {
        ServerProcess server = spawn(data, configuration, initCommands);
        server.awaitInit();
        return server;
    }

    /** Starts the server without waiting for anything (a start expected to be refused, a crash test). */
    public static ServerProcess spawn(Path data, Map<String, String> configuration, List<String> initCommands) {
        try {
            int port = freePort();
            List<String> config = new ArrayList<>();
            config.add("remote.host=localhost");
            config.add("remote.port=" + port);
            configuration.forEach((k, v) -> config.add(k + "=" + v));
            Files.createDirectories(data);
            TestDatabases.TestDatabase database = null;
            if (TestDatabases.postgresql() && !configuration.containsKey("db.url")) {
                database = TestDatabases.create();
                config.addAll(database.lines());
            }
            Files.write(data.resolve("mutualis.properties"), config, StandardCharsets.UTF_8);
            return launch(data, port, initCommands, database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a new server process on this one's data folder and port, with its configuration as it is (after
     * {@link #kill()}, to see what a crash left). Waits until its init script has run.
     */
    public ServerProcess restart(List<String> initCommands) {
        ServerProcess server = launch(dataDirectory, port, initCommands, database);
        database = null; // the new process owns it now: closing it drops it
        server.awaitInit();
        return server;
    }

    private static ServerProcess launch(Path data, int port, List<String> initCommands,
            TestDatabases.TestDatabase database) {
        ClientSerialFilter.install(); // the test is the client: it reads what the server sends as the client does
        try {
            Path product = product();
            Path init = Files.createTempFile(data, "init-", ".gogo");
            Files.write(init, initCommands, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-server").toString())
                    .redirectErrorStream(true);
            builder.environment().put("MUTUALIS_DATA", data.toString());
            builder.environment().put("MUTUALIS_INIT", init.toString());
            builder.environment().put("MUTUALIS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            ServerProcess server = new ServerProcess(builder.start(), data, port, init);
            server.database = database;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitInit() {
        awaitOutput("Script " + init + " exécuté.", Duration.ofSeconds(120), "Script " + init + " en échec");
    }

    private static Path product() {
        String location = System.getProperty(PRODUCT_PROPERTY);
        if (location == null || !Files.isExecutable(Path.of(location, "bin/mutualis-server"))) {
            throw new IllegalStateException("Server product not found at " + location + " (system property "
                    + PRODUCT_PROPERTY + "): build releng/fr.mutualis.products first");
        }
        return Path.of(location);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The address clients connect to. */
    public String address() {
        return "ecftcp://localhost:" + port + "/server";
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The PostgreSQL database this server runs on in a PostgreSQL test run, or null (embedded H2). */
    public TestDatabases.TestDatabase database() {
        return database;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** CPU time the server process has used so far (user + system), from {@code /proc} (Linux). */
    public long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // 100 ticks per second
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resident memory of the server process in kilobytes, from {@code /proc} (Linux). */
    public long residentKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the server printed so far. */
    public String output() {
        return String.join("\n", output);
    }

    public void awaitOutput(String text, Duration timeout) {
        awaitOutput(text, timeout, null);
    }

    /** What the server wrote in its log files so far ({@code <data>/logs/}: the console shows only a banner). */
    public String log() {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("framework.log", "mutualis-0.log")) {
            Path file = dataDirectory.resolve("logs").resolve(name);
            try {
                if (Files.exists(file)) {
                    sb.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                sb.append("[").append(file).append(" unreadable: ").append(e.getMessage()).append("]\n");
            }
        }
        return sb.toString();
    }

    /**
     * Waits for a line containing {@code text} on the console or in the log file; fails at once when a console line
     * contains {@code failure}.
     */
    public void awaitOutput(String text, Duration timeout, String failure) {
        Instant deadline = Instant.now().plus(timeout);
        while (output.stream().noneMatch(line -> line.contains(text)) && !log().contains(text)) {
            if (failure != null && output.stream().anyMatch(line -> line.contains(failure))) {
                close();
                throw new IllegalStateException("Server reported a failure:\n" + output());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Server stopped before printing '" + text + "':\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Server did not print '" + text + "' within " + timeout + ":\n"
                        + output() + "\n--- log ---\n" + log());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("[output closed: " + e.getMessage() + "]");
        }
    }

    /** Kills the server process with SIGKILL (no shutdown hook, no clean close: a crash) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the process ends by itself; its exit status, or -1 when it still runs after the timeout. */
    public int awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue()
                    : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Stops the server but keeps its PostgreSQL test database, for a {@link #restart(List)} on the same data. */
    public void stop() {
        TestDatabases.TestDatabase kept = database;
        database = null;
        close();
        database = kept;
    }

    /** Stops the server and keeps what it printed in {@code server-output.log} of its data folder. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Files.writeString(dataDirectory.resolve("server-output.log"), output(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the output is only kept for diagnosis
        }
        if (database != null) {
            database.close();
        }
    }
}
