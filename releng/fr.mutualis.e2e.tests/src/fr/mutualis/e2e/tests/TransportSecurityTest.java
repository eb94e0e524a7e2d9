package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.remote.client.ConnexionImpossibleException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * TLS: a server configured with remote.protocol=ecfssl and the keystore made by bin/mutualis-certificate serves a
 * client that trusts its certificate, refuses one that does not, and plain TCP is refused on a non-loopback address.
 */
class TransportSecurityTest {

    static final String PASSWORD = "mot-de-passe-tls-1";
    static final String KEYSTORE_PASSWORD = "keystore-test-password";
    static Path secrets;
    static ServerProcess server;

    @BeforeAll
    static void startTlsServer() throws Exception {
        secrets = certificate("localhost", KEYSTORE_PASSWORD);
        server = ServerProcess.start(Map.of("remote.protocol", "ecfssl",
                "tls.keystore", secrets.resolve("server.p12").toString(),
                "tls.keystore.password", KEYSTORE_PASSWORD), List.of(
                "mutualis:add 74049 commune 465 Brizon",
                "mutualis:useradd -p " + PASSWORD + " agent Agent Test",
                "mutualis:grant agent 74049 lecture"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void forgetTrust() {
        System.clearProperty("mutualis.truststore");
    }

    @Test
    void aClientTrustingTheServerCertificateWorksOverTls() {
        System.setProperty("mutualis.truststore", secrets.resolve("server.crt").toString());
        try (ServerConnection connection = ServerConnection.open(tlsAddress(), "agent", PASSWORD)) {
            assertEquals("Brizon", connection.service(CollectiviteService.class).mesCollectivites().get(0).nom());
        }
    }

    @Test
    void aClientThatDoesNotKnowTheCertificateRefusesToTalk() throws Exception {
        Path other = certificate("localhost", "autre-mot-de-passe");
        System.setProperty("mutualis.truststore", other.resolve("server.crt").toString());
        ConnexionImpossibleException e = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(tlsAddress(), "agent", PASSWORD));
        assertTrue(e.getMessage().contains("certificat du serveur"), e.getMessage());
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() throws Exception {
        System.setProperty("mutualis.truststore", secrets.resolve("server.crt").toString());
        ConnexionImpossibleException e = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open("ecfssl://127.0.0.1:" + server.port() + "/server", "agent", PASSWORD));
        assertTrue(e.getMessage().contains("certificat du serveur"), e.getMessage());
    }

    @Test
    void plainTcpIsRefusedOnANonLoopbackAddress() {
        try (ServerProcess exposed = ServerProcess.start(Map.of("remote.host", "0.0.0.0"), List.of("mutualis:list -n 1"))) {
            exposed.awaitOutput("Remote services NOT started: Refusing to expose the remote services in plain ecftcp "
                    + "on 0.0.0.0", Duration.ofSeconds(30));
            assertThrows(ConnexionImpossibleException.class,
                    () -> ServerConnection.open(exposed.address(), "admin", ServerProcess.ADMIN_PASSWORD));
        }
    }

    private static String tlsAddress() {
        return "ecfssl://localhost:" + server.port() + "/server";
    }

    /** Runs the product's certificate script in a fresh data folder; returns its secrets folder. */
    private static Path certificate(String host, String password) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("mutualis-tls-");
        Path script = Path.of(System.getProperty(ServerProcess.PRODUCT_PROPERTY), "bin/mutualis-certificate");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), host, "127.0.0.2").redirectErrorStream(true);
        builder.environment().put("MUTUALIS_DATA", data.toString());
        builder.environment().put("MUTUALIS_TLS_PASSWORD", password);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("Certificat créé pour dns:" + host), output);
        return data.resolve("secrets");
    }
}
