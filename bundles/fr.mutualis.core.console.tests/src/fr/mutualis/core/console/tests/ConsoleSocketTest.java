package fr.mutualis.core.console.tests;

import static fr.mutualis.core.console.tests.Fixtures.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.console.client.SocketPath;
import fr.mutualis.core.server.admin.AuditLine;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.testing.OsgiServices;

/**
 * The administration console is Gogo over a Unix domain socket only the server's OS account can open
 * ({@code <data>/run/console.sock}, 0600 in a 0700 folder); every command is journaled with the OS user's name, and no
 * TCP console port is open.
 */
class ConsoleSocketTest {

    private static final String OPERATOR = "console:" + System.getProperty("user.name");
    private static Path socket;

    @BeforeAll
    static void lookUp() {
        Gogo.shell();
        socket = OsgiServices.service(ServerConfig.class).dataDirectory().resolve("run").resolve("console.sock");
        OsgiServices.await("the console socket " + socket, () -> Files.exists(socket));
    }

    /** Sends the lines to the console, closes its input and returns everything it answered. */
    static String session(String... lines) throws IOException {
        return session(socket, lines);
    }

    /** The same on the console at {@code socket}, connected the way bin/mutualis-console connects (any path length). */
    static String session(Path socket, String... lines) throws IOException {
        try (SocketChannel channel = SocketPath.connect(socket)) {
            channel.write(StandardCharsets.UTF_8.encode(String.join("\n", lines) + "\n"));
            channel.shutdownOutput();
            InputStream in = Channels.newInputStream(channel);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSocketIsReadableByTheServerAccountOnly() throws IOException {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
        assertEquals(System.getProperty("user.name"), Files.getOwner(socket).getName());
    }

    @Test
    void runsPipedCommandsAndJournalsEachWithTheOperatorsName() throws IOException {
        String login = Fixtures.login("console");
        long before = Fixtures.lastAuditId();

        String answer = session("mutualis:useradd -p mot-de-passe-secret " + login + " Console Essai",
                "mutualis:passwd " + login + " autre-mot-de-passe", "mutualis:user " + login);

        assertTrue(answer.contains("Utilisateur " + login + " créé."), answer);
        assertTrue(answer.contains("Mot de passe de " + login + " changé."), answer);
        assertTrue(answer.contains("Console Essai (" + login + ")"), answer);
        assertFalse(answer.contains("mutualis> "), "no prompt when piped: " + answer);
        List<AuditLine> journal = admin().audit(null, OPERATOR, null, null, 50).stream()
                .filter(a -> a.id() > before).toList().reversed();
        assertEquals(List.of(
                List.of("console.commande", "mutualis:useradd -p *** " + login + " Console Essai"),
                List.of("utilisateur.ajouter", login),
                List.of("console.commande", "mutualis:passwd " + login + " ***"),
                List.of("utilisateur.motdepasse", login),
                List.of("console.commande", "mutualis:user " + login)),
                journal.stream().map(a -> List.of(a.operation(), a.objet())).toList());
        assertTrue(journal.stream().allMatch(a -> OPERATOR.equals(a.login())));
    }

    @Test
    void anInteractiveClientGetsPromptsAndErrorsAsOneLine() throws IOException {
        String answer = session("mutualis-console/1 interactive", "mutualis:user personne.inconnue",
                "commande:inexistante", "help mutualis:unlock", "exit", "mutualis:users");

        assertTrue(answer.startsWith("Console Mutualis (" + System.getProperty("user.name") + ")"), answer);
        assertTrue(answer.contains("mutualis> Erreur : Utilisateur inconnu : « personne.inconnue ».\nmutualis> "),
                answer);
        assertTrue(answer.contains("mutualis> Erreur : commande inconnue : commande:inexistante (« help » les liste)\n"), answer);
        assertTrue(answer.contains("Déverrouille sans attendre"), answer);
        assertFalse(answer.contains("utilisateur(s)"), "nothing runs after exit: " + answer);
    }

    @Test
    void noTcpConsolePortIsOpen() {
        for (int port : new int[] { 5555, 5556 }) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                throw new AssertionError("a TCP console answers on 127.0.0.1:" + port);
            } catch (IOException expected) {
                // refused: nothing listens
            }
        }
        assertEquals(null, System.getProperty("osgi.console"));
    }
}
