package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * ECF reads the first message of a connection before any authentication: a raw socket sending a serialized object
 * of a class outside the allow-list (or too deeply nested) must be refused by the JVM-wide filter, and the server
 * must keep serving its real clients.
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
    void aClassOutsideTheAllowListIsRejectedBeforeAuthentication() throws Exception {
        send(new AtomicLong(42));
        server.awaitOutput("ObjectInputFilter REJECTED: class java.util.concurrent.atomic.AtomicLong",
                Duration.ofSeconds(20));
        assertServerStillServes();
    }

    @Test
    void aTooDeeplyNestedObjectIsRejected() throws Exception {
        List<Object> nested = new ArrayList<>();
        List<Object> current = nested;
        for (int i = 0; i < 100; i++) {
            List<Object> next = new ArrayList<>();
            current.add(next);
            current = next;
        }
        send((Serializable) nested);
        // the JDK logs the depth limit without a class name
        server.awaitOutput("ObjectInputFilter REJECTED: null, array length: -1, nRefs: 22, depth: 21",
                Duration.ofSeconds(20));
        assertServerStillServes();
    }

    /** Opens a raw TCP connection to the ECF port and writes one serialized object, as an attacker would. */
    private static void send(Serializable payload) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            try {
                ObjectOutputStream out = new ObjectOutputStream(socket.getOutputStream());
                out.writeObject(payload);
                out.flush();
                InputStream in = socket.getInputStream();
                while (in.read() >= 0) {
                    // drain until the server closes the connection
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // closed or reset by the server, possibly while the payload was still being written (the filter
                // rejects a stream as soon as a limit is crossed): what we expect; the server's log says why
            }
        }
    }

    private static void assertServerStillServes() {
        assertTrue(server.isAlive(), "server process still running");
        try (ServerConnection connection = ServerConnection.open(server.address(), "agent", PASSWORD)) {
            assertEquals("Brizon", connection.service(CollectiviteService.class).mesCollectivites().get(0).nom());
        }
    }
}
