package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.mutualis.testing.ServerProcess;

/**
 * Bad database settings at start: the server product refuses to start with one French line saying what to do (the
 * cause in English in its log), exits with status 2 and writes nothing in its data folder besides its logs.
 */
class StartRefusalTest {

    @Test
    void anUnknownKindOfDatabaseIsRefused() throws IOException {
        String line = refused("jdbc:mysql://localhost:3306/mutualis", "Unsupported JDBC URL jdbc:mysql:");
        assertTrue(line.contains("db.url « jdbc:mysql://localhost:3306/mutualis » n'est pas une adresse de base "
                + "reconnue ; corrigez db.url dans "), line);
    }

    @Test
    void aMalformedPostgresqlUrlIsRefused() throws IOException {
        String line = refused("jdbc:postgresql:///", "Malformed PostgreSQL URL jdbc:postgresql:///");
        assertTrue(line.contains("est mal formée ; écrivez jdbc:postgresql://hôte:port/base dans"), line);
    }

    @Test
    void anUnreachableDatabaseIsRefused() throws IOException {
        int closed = ServerProcess.freePort();
        String line = refused("jdbc:postgresql://127.0.0.1:" + closed + "/mutualis", "unreachable");
        assertTrue(line.contains("la base PostgreSQL jdbc:postgresql://127.0.0.1:" + closed + "/mutualis ne répond pas ("),
                line);
        assertTrue(line.contains("vérifiez qu'elle est démarrée et joignable"), line);
    }

    /** Starts the server on the URL, checks the refusal and returns its console line. */
    private static String refused(String url, String logged) throws IOException {
        Path data = Files.createTempDirectory("mutualis-refused-");
        ServerProcess server = ServerProcess.spawn(data, Map.of("db.url", url, "db.user", "mutualis",
                "db.password", "x"), List.of("mutualis:users"));
        try {
            assertEquals(2, server.awaitExit(Duration.ofSeconds(60)), server.output());
            List<String> refusals = server.output().lines().filter(l -> l.startsWith("Démarrage refusé : ")).toList();
            assertEquals(1, refusals.size(), server.output());
            assertFalse(server.output().contains("Script "), "no command ran: " + server.output());
            assertTrue(server.log().contains("Server start refused: "), server.log());
            assertTrue(server.log().contains(logged), server.log());
            try (Stream<Path> files = Files.list(data)) {
                Set<String> names = files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith("init-")).collect(Collectors.toSet());
                assertEquals(Set.of("mutualis.properties", "logs", "osgi"), names, "no database, no key written");
            }
            try (Socket socket = new Socket("localhost", server.port())) {
                throw new AssertionError("the remote port is open after a refused start");
            } catch (ConnectException expected) {
                // nothing listens
            }
            return refusals.get(0);
        } finally {
            server.close();
        }
    }
}
