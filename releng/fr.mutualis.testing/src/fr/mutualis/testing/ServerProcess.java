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
    private final List<String> output = new CopyOnWriteArrayList<>();
    private TestDatabases.TestDatabase database;

    private ServerProcess(Process process, Path dataDirectory, int port) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.port = port;
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
        ClientSerialFilter.install(); // the test is the client: it reads what the server sends as the client does
        try {
            Path product = product();
            Path data = Files.createTempDirectory("mutualis-server-");
            int port = freePort();
            List<String> config = new ArrayList<>();
            config.add("remote.host=localhost");
            config.add("remote.port=" + port);
            configuration.forEach((k, v) -> config.add(k + "=" + v));
            TestDatabases.TestDatabase database = null;
            if (TestDatabases.postgresql() && !configuration.containsKey("db.url")) {
                database = TestDatabases.create();
                config.addAll(database.lines());
            }
            Files.write(data.resolve("mutualis.properties"), config, StandardCharsets.UTF_8);
            Path init = data.resolve("init.gogo");
            Files.write(init, initCommands, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-server").toString())
                    .redirectErrorStream(true);
            builder.environment().put("MUTUALIS_DATA", data.toString());
            builder.environment().put("MUTUALIS_INIT", init.toString());
            builder.environment().put("MUTUALIS_CONSOLE_PORT", Integer.toString(freePort()));
            builder.environment().put("MUTUALIS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            ServerProcess server = new ServerProcess(builder.start(), data, port);
            server.database = database;
            server.awaitOutput("Script " + init + " exécuté.", Duration.ofSeconds(120), "Script " + init + " en échec");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Everything the server printed so far. */
    public String output() {
        return String.join("\n", output);
    }

    public void awaitOutput(String text, Duration timeout) {
        awaitOutput(text, timeout, null);
    }

    /** Waits for a line containing {@code text}; fails at once when a line contains {@code failure}. */
    public void awaitOutput(String text, Duration timeout, String failure) {
        Instant deadline = Instant.now().plus(timeout);
        while (output.stream().noneMatch(line -> line.contains(text))) {
            if (failure != null && output.stream().anyMatch(line -> line.contains(failure))) {
                close();
                throw new IllegalStateException("Server reported a failure:\n" + output());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Server stopped before printing '" + text + "':\n" + output());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Server did not print '" + text + "' within " + timeout + ":\n"
                        + output());
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
