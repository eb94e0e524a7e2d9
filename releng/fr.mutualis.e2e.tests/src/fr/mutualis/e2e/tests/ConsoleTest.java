package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;

/**
 * The server product's administration console (issue 10, finding 8): Gogo over the Unix socket
 * {@code <data>/run/console.sock} only the server's OS account can open, reached with {@code bin/mutualis-console};
 * every command journaled with the OS user's name; no TCP console port; the data folder private (umask 077).
 */
class ConsoleTest {

    private static final String USER = System.getProperty("user.name");
    private static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of("mutualis:useradd -p secret-de-test-1 agent.console Agent Console"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Runs bin/mutualis-console with the lines piped on its standard input; returns what it printed. */
    private static String console(String... lines) throws IOException, InterruptedException {
        Path product = Path.of(System.getProperty(ServerProcess.PRODUCT_PROPERTY));
        ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-console").toString())
                .redirectErrorStream(true);
        builder.environment().put("MUTUALIS_DATA", server.dataDirectory().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        p.getOutputStream().write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the console client ends when its input ends");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void pipedCommandsRunAndAreJournaledWithTheOsUsersName() throws Exception {
        String out = console("mutualis:user agent.console", "mutualis:audit -u console:" + USER + " -n 1",
                "mutualis:audit -u console:init -n 2");

        assertTrue(out.contains("Agent Console (agent.console)"), out);
        assertTrue(out.contains("console:" + USER) && out.contains("console.commande")
                && out.contains("mutualis:audit -u console:" + USER + " -n 1"), out);
        assertTrue(out.contains("mutualis:useradd -p *** agent.console Agent Console"), "the init script's command, "
                + "journaled as console:init with its password masked: " + out);
        assertFalse(out.contains("secret-de-test-1"), out);
    }

    @Test
    void theSocketIsTheServerAccountsOnlyAndSoIsTheDataFolder() throws IOException {
        Path data = server.dataDirectory();
        Path socket = data.resolve("run/console.sock");

        assertEquals("rw-------", mode(socket));
        assertEquals("rwx------", mode(socket.getParent()));
        assertEquals("rwx------", mode(data));
        if (!TestDatabases.postgresql()) { // the embedded H2 database lives in the data folder
            assertEquals("rwx------", mode(data.resolve("db")));
            try (Stream<Path> files = Files.list(data.resolve("db"))) {
                for (Path f : files.toList()) {
                    assertTrue(mode(f).endsWith("------"), f + " " + mode(f));
                }
            }
        }
        assertEquals("rw-------", mode(data.resolve("secrets/personal-data.key")));
    }

    @Test
    void noTcpConsoleListensOnlyTheRemotePort() throws IOException {
        long pid = serverPid();
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        Set<Integer> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table)); // read once: the table changes between two reads
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.strip().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A = LISTEN
                    listening.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }

        assertEquals(Set.of(server.port()), listening);
        assertFalse(Files.readString(Path.of("/proc/" + pid + "/cmdline")).contains("osgi.console"));
    }

    private static long serverPid() throws IOException {
        String marker = "-Dmutualis.data=" + server.dataDirectory();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(proc.resolve("cmdline")).replace('\0', ' ').contains(marker)) {
                        return Long.parseLong(proc.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // ended meanwhile
                }
            }
        }
        throw new AssertionError("server process not found");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
