package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.Collectivite;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ConnexionImpossibleException;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;

/**
 * Two server nodes (the server product started twice, each with its own port and data folder) on one PostgreSQL
 * database, as an operator runs them (issue 16, docs/hosting.md): what one node writes the other reads at once; the
 * session token one node issues at login is accepted by the other; a password change or a disabled account, made on
 * one node, voids it on both; a tampered or expired token is refused with a French message; a client whose node dies
 * goes on with the other without a new login. PostgreSQL pass only (an embedded H2 database has one process).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = TestDatabases.DATABASE_PROPERTY, matches = "postgresql")
class ServerNodesTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final int MAGIC = 0x4D55544C;

    static TestDatabases.TestDatabase database;
    static ServerProcess nodeA;
    static ServerProcess nodeB;

    @BeforeAll
    static void startTwoNodes() {
        database = TestDatabases.create();
        Map<String, String> configuration = new java.util.HashMap<>(database.serverConfiguration());
        byte[] personalDataKey = new byte[32];
        new java.security.SecureRandom().nextBytes(personalDataKey);
        configuration.put("crypto.key", Base64.getEncoder().encodeToString(personalDataKey)); // the same on both
        nodeA = ServerProcess.start(configuration, List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:grant secretaire 74049 saisie ordonnateur paie",
                "mutualis:useradd -p " + PASSWORD + " changee Claire Changée",
                "mutualis:grant changee 74049 lecture",
                "mutualis:useradd -p " + PASSWORD + " partie Paul Parti",
                "mutualis:grant partie 74049 lecture",
                "mutualis:enable 74049 budget",
                "mutualis:enable 74049 paie"));
        nodeB = ServerProcess.start(configuration, List.of("mutualis:users"));
    }

    @AfterAll
    static void stopNodes() {
        for (AutoCloseable closing : new AutoCloseable[] { nodeA, nodeB, database }) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                // the next one is closed all the same
            }
        }
    }

    @Test
    @Order(1)
    void aWriteOnOneNodeIsReadAtOnceOnTheOther() {
        try (ServerConnection a = ServerConnection.open(nodeA.address(), "secretaire", PASSWORD);
                ServerConnection b = ServerConnection.open(nodeB.address(), "secretaire", PASSWORD)) {
            TiersService onA = a.service(TiersService.class);
            TiersService onB = b.service(TiersService.class);
            assertEquals(List.of(), onB.tiers(BRIZON), "nothing yet, read on B (anything B could keep is empty)");
            FicheTiers written = onA.enregistrerTiers(BRIZON, tiers("QUINCAILLERIE MARTIN"));
            assertEquals(List.of("QUINCAILLERIE MARTIN"), noms(onB.tiers(BRIZON)), "A's insert, read on B at once");
            assertEquals(List.of("QUINCAILLERIE MARTIN"), noms(onA.tiers(BRIZON)));

            onB.modifierTiers(BRIZON, written.id(), tiers("QUINCAILLERIE MARTIN ET FILS"));
            assertEquals(List.of("QUINCAILLERIE MARTIN ET FILS"), noms(onA.tiers(BRIZON)),
                    "B's update of a row A has read already, read on A at once");
            onA.activerTiers(BRIZON, written.id(), false);
            assertFalse(onB.tiers(BRIZON).get(0).actif(), "A's deactivation, read on B at once");
        }
    }

    @Test
    @Order(2)
    void aTokenIssuedByOneNodeIsAcceptedByTheOther() throws Exception {
        Answer login = frame(nodeA, 0, "secretaire", PASSWORD);
        assertTrue(login.accepted(), login.text());
        assertTrue(login.text().startsWith("v1."), "the session token comes with the acceptance");
        Answer onB = frame(nodeB, 1, "", login.text());
        assertTrue(onB.accepted(), "node B resumes the session node A opened: " + onB.text());
        assertEquals(login.text(), onB.text(), "the same session goes on");
        assertTrue(frame(nodeA, 1, "", login.text()).accepted(), "and node A too");

        String key = key();
        assertFalse(nodeA.log().contains(key) || nodeA.output().contains(key) || nodeB.log().contains(key)
                || nodeB.output().contains(key), "the signing key is never logged");
        assertFalse(nodeA.log().contains(login.text()) || nodeB.log().contains(login.text()),
                "nor is a token");
    }

    @Test
    @Order(3)
    void aTamperedOrExpiredTokenIsRefusedInFrench() throws Exception {
        String token = frame(nodeA, 0, "secretaire", PASSWORD).text();
        String[] parts = token.split("\\.");
        String otherUser = sign(userId("partie") + "|" + "0".repeat(32) + "|" + (Instant.now().getEpochSecond() + 3600)
                + "|" + credentialsVersion("partie"), "une autre clé de signature, 32 octets au moins !!".getBytes(
                        StandardCharsets.UTF_8));
        char last = parts[2].charAt(0);
        List<String> tampered = List.of(
                parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1),
                parts[0] + "." + parts[1].substring(0, parts[1].length() - 1) + "." + parts[2],
                otherUser, "n'importe quoi");
        for (String t : tampered) {
            for (ServerProcess node : List.of(nodeA, nodeB)) {
                Answer answer = frame(node, 1, "", t);
                assertFalse(answer.accepted(), t);
                assertEquals("Jeton de session invalide ou altéré : identifiez-vous à nouveau.", answer.text());
            }
        }
        String expired = sign(userId("secretaire") + "|" + "1".repeat(32) + "|" + (Instant.now().getEpochSecond() - 1)
                + "|" + credentialsVersion("secretaire"), Base64.getDecoder().decode(key()));
        String valid = sign(userId("secretaire") + "|" + "1".repeat(32) + "|" + (Instant.now().getEpochSecond() + 60)
                + "|" + credentialsVersion("secretaire"), Base64.getDecoder().decode(key()));
        assertTrue(frame(nodeB, 1, "", valid).accepted(), "the same token, not expired, signed with the key of the "
                + "database: the check below refuses the expiry, nothing else");
        for (ServerProcess node : List.of(nodeA, nodeB)) {
            Answer answer = frame(node, 1, "", expired);
            assertFalse(answer.accepted());
            assertEquals("Votre session a expiré : identifiez-vous à nouveau.", answer.text());
        }
    }

    @Test
    @Order(4)
    void aPasswordChangeOrADisabledAccountOnOneNodeRevokesTheTokenOnBoth() throws Exception {
        String changee = frame(nodeB, 0, "changee", PASSWORD).text();
        String partie = frame(nodeB, 0, "partie", PASSWORD).text();
        assertTrue(frame(nodeA, 1, "", changee).accepted());
        assertTrue(frame(nodeA, 1, "", partie).accepted());
        ServerConnection liveOnB = ServerConnection.open(nodeB.address(), "changee", PASSWORD);
        CollectiviteService service = liveOnB.service(CollectiviteService.class);
        assertEquals(1, service.mesCollectivites().size());

        String out = Consoles.run(nodeA, "mutualis:passwd changee nouveau-secret-1", "mutualis:disable partie");
        assertTrue(out.contains("Compte partie désactivé"), out);
        long deadline = System.currentTimeMillis() + 15_000;
        while (liveOnB.isConnected() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        ConnexionImpossibleException closed = assertThrows(ConnexionImpossibleException.class,
                service::mesCollectivites, "node B ends the live session of an account changed on node A");
        assertEquals("Votre session a été fermée par le serveur (mot de passe changé ou droits retirés) : "
                + "reconnectez-vous.", closed.getMessage());
        liveOnB.close();
        for (ServerProcess node : List.of(nodeA, nodeB)) {
            for (String revoked : List.of(changee, partie)) {
                Answer answer = frame(node, 1, "", revoked);
                assertFalse(answer.accepted(), "revoked on both nodes");
                assertEquals("Votre session a été révoquée (mot de passe changé ou compte désactivé) : "
                        + "identifiez-vous à nouveau.", answer.text());
            }
        }
        Answer fresh = frame(nodeB, 0, "changee", "nouveau-secret-1");
        assertTrue(fresh.accepted(), "the new password opens a new session: " + fresh.text());
        assertTrue(frame(nodeA, 1, "", fresh.text()).accepted());
    }

    @Test
    @Order(5)
    void whenItsNodeDiesAClientGoesOnWithTheOtherWithoutANewLogin() {
        List<String> status = new CopyOnWriteArrayList<>();
        try (ServerConnection connection = ServerConnection.open(nodeA.address() + ", " + nodeB.address(),
                "secretaire", PASSWORD)) {
            connection.onFailover(status::add);
            assertEquals(nodeA.address(), connection.currentAddress(), "the first node of the list");
            CollectiviteService service = connection.service(CollectiviteService.class);
            assertEquals(List.of("Brizon"), service.mesCollectivites().stream().map(Collectivite::nom).toList());
            TiersService tiers = connection.service(TiersService.class);
            int before = tiers.tiers(BRIZON).size();

            nodeA.kill();

            long start = System.nanoTime();
            assertEquals(before, tiers.tiers(BRIZON).size(), "the next call succeeds, on node B (a read: played "
                    + "again there should it have left before the client saw node A's death)");
            System.out.printf("ServerNodesTest: first call after node A's death answered by node B in %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            assertEquals(List.of("Brizon"), service.mesCollectivites().stream().map(Collectivite::nom).toList());
            assertEquals(nodeB.address(), connection.currentAddress());
            assertEquals(List.of("Serveur " + nodeA.address() + " perdu : session reprise sur " + nodeB.address()
                    + "."), status, "one short status message");
            tiers.enregistrerTiers(BRIZON, tiers("BOULANGERIE DU CENTRE"));
            assertEquals(before + 1, tiers.tiers(BRIZON).size(), "writes go on too, on node B");
            assertTrue(nodeB.log().contains("resumed from"), "node B resumed the session with its token");
        }
        ConnexionImpossibleException refused = assertThrows(ConnexionImpossibleException.class,
                () -> ServerConnection.open(nodeA.address() + "," + nodeB.address(), "secretaire", "mauvais-mot"));
        assertTrue(refused.getMessage().startsWith("Identifiant ou mot de passe incorrect"), refused.getMessage());
    }

    /**
     * Reads that no {@code LECTURE} role may call ({@code PaieService.bulletins}: payroll staff and ordonnateur only)
     * are played again on the other node when the node dies under them, as any read: before, the client replayed only
     * the methods a reader may call, and the payroll reads under way failed at the kill (issue 16, load simulation).
     * Four threads read without pause, so calls are under way when the node is killed.
     */
    @Test
    @Order(6)
    void readsUnderWayWhenTheNodeDiesArePlayedAgainOnTheOtherWhateverTheirRoles() throws Exception {
        nodeA = nodeA.restart(List.of("mutualis:users")); // killed by the previous test
        PaieService paie;
        try (ServerConnection connection = ServerConnection.open(nodeB.address() + ", " + nodeA.address(),
                "secretaire", PASSWORD)) {
            paie = connection.service(PaieService.class);
            YearMonth mois = YearMonth.of(2026, 11);
            paie.bulletins(BRIZON, mois);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicInteger afterKill = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            List<Thread> readers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread reader = new Thread(() -> {
                    while (!stop.get()) {
                        boolean sentAfterKill = killed.get();
                        try {
                            paie.bulletins(BRIZON, mois);
                            if (sentAfterKill) {
                                afterKill.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }, "reader-" + i);
                reader.start();
                readers.add(reader);
            }
            Thread.sleep(1500);
            nodeB.kill();
            killed.set(true);
            Thread.sleep(3000);
            stop.set(true);
            for (Thread reader : readers) {
                reader.join(30_000);
            }
            assertEquals(List.of(), failures.stream().map(Throwable::getMessage).toList(),
                    "no payroll read fails when its node dies");
            assertTrue(afterKill.get() > 0, "reads went on, on node A");
            assertEquals(nodeA.address(), connection.currentAddress());
        }
    }

    private static Tiers tiers(String nom) {
        return new Tiers(nom, null, null, null, "60", "03", null,
                new Adresse("12 RUE DE LA GARE", null, "74130", "BRIZON"), null, null);
    }

    private static List<String> noms(List<FicheTiers> fiches) {
        return fiches.stream().map(f -> f.tiers().nom()).toList();
    }

    /** The server's answer to a login frame: accepted with the session token, or refused with a message. */
    record Answer(boolean accepted, String text) {
    }

    /** Sends a version 2 login frame ({@code kind} 0: password, 1: token) and reads the answer. */
    static Answer frame(ServerProcess node, int kind, String login, String secret) throws IOException {
        try (Socket socket = new Socket("localhost", node.port())) {
            socket.setSoTimeout(15_000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(MAGIC);
            out.writeByte(2);
            out.writeByte(kind);
            for (String text : new String[] { login, secret }) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                out.writeShort(bytes.length);
                out.write(bytes);
            }
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int status = in.readUnsignedByte();
            byte[] text = new byte[in.readUnsignedShort()];
            in.readFully(text);
            return new Answer(status == 0, new String(text, StandardCharsets.UTF_8));
        }
    }

    /** A token as the server makes them (SessionTokensImpl), signed with the given key. */
    static String sign(String payload, byte[] key) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String body = b64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "v1." + body + "." + b64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The signing key, stored once in the database by the first node. */
    static String key() throws SQLException {
        return value("SELECT valeur FROM parametre_serveur WHERE cle = ?", "session.cle");
    }

    static String userId(String login) throws SQLException {
        return value("SELECT id FROM utilisateur WHERE login = ?", login);
    }

    static String credentialsVersion(String login) throws SQLException {
        return value("SELECT version_identifiants FROM utilisateur WHERE login = ?", login);
    }

    private static String value(String sql, String parameter) throws SQLException {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), sql + " " + parameter);
                String value = rows.getString(1);
                assertFalse(rows.next(), "one row only: " + sql);
                return value;
            }
        }
    }

    /** {@code bin/mutualis-console} of a node, its commands piped on standard input. */
    static final class Consoles {
        static String run(ServerProcess node, String... lines) throws IOException, InterruptedException {
            java.nio.file.Path product = java.nio.file.Path.of(System.getProperty(ServerProcess.PRODUCT_PROPERTY));
            ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-console").toString())
                    .redirectErrorStream(true);
            builder.environment().put("MUTUALIS_DATA", node.dataDirectory().toString());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = builder.start();
            p.getOutputStream().write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the console client ends");
            return out;
        }
    }
}
