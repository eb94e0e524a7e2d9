package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.ecf.provider.comm.tcp.ConnectRequestMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * Nothing is deserialized before login: a raw socket sending a serialized object is closed at its first bytes. After
 * login, a connection's stream is read under the remote layer's own allow-list: a class outside it is refused, and
 * the server keeps serving its real clients.
 */
class DeserializationFilterTest {

    static final String PASSWORD = "mot-de-passe-filtre";
    static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:add 74049 commune 465 Brizon",
                "mutualis:useradd -p " + PASSWORD + " agent Agent Test",
                "mutualis:grant agent 74049 lecture"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aSerializedObjectWithoutLoginIsNeverRead() throws Exception {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            AttackRegressionTest.write(socket, AttackRegressionTest.stream(new AtomicLong(42)));
            assertTrue(AttackRegressionTest.closedWithin(socket) < 1000);
        }
        server.awaitOutput("no login frame (first bytes 0xACED0005)", Duration.ofSeconds(10));
        assertTrue(!server.output().contains("AtomicLong"), "the class was never looked at");
        assertServerStillServes();
    }

    @Test
    void aClassOutsideTheAllowListIsRefusedAfterLogin() throws Exception {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            AttackRegressionTest.login(socket, "agent", PASSWORD);
            AttackRegressionTest.write(socket, AttackRegressionTest
                    .stream(new ConnectRequestMessage(URI.create(server.address()), new AtomicLong(42))));
            assertTrue(AttackRegressionTest.closedWithin(socket) < 1000);
        }
        server.awaitOutput("Refused java.util.concurrent.atomic.AtomicLong in a message from a client",
                Duration.ofSeconds(10));
        assertServerStillServes();
    }

    private static void assertServerStillServes() {
        assertTrue(server.isAlive(), "server process still running");
        try (ServerConnection connection = ServerConnection.open(server.address(), "agent", PASSWORD)) {
            assertEquals("Brizon", connection.service(CollectiviteService.class).mesCollectivites().get(0).nom());
        }
    }
}
