package fr.mutualis.core.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.mutualis.core.console.client.SocketPath;
import fr.mutualis.core.server.admin.Administration;
import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.testing.OsgiServices;

/**
 * (In the console's own package: the test closes the console as DS does.) A server whose data folder is deeper than a Unix socket path may be (107 bytes: a repository cloned under
 * {@code $(mktemp -d)/m/...}, a hosting tree) still opens its console at {@code <data>/run/console.sock}, 0600 in a
 * 0700 folder, answers there the way {@code bin/mutualis-console} connects, and leaves no link behind.
 */
class LongDataFolderTest {

    @TempDir
    Path temporary;

    @Test
    void theConsoleOpensAndAnswersUnderADataFolderDeeperThanASocketPathMayBe() throws Exception {
        Path data = temporary;
        while (data.toString().length() < 160) {
            data = data.resolve("donnees-du-serveur-mutualis");
        }
        Path socket = data.resolve("run").resolve("console.sock");
        assertTrue(socket.toString().getBytes(StandardCharsets.UTF_8).length > SocketPath.MAX_BYTES, socket.toString());
        try (ServerSocketChannel plain = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            IOException tooLong = assertThrows(IOException.class, () -> plain.bind(UnixDomainSocketAddress.of(socket)),
                    "the JDK alone cannot bind there");
            assertTrue(tooLong.getMessage().contains("too long"), tooLong.getMessage());
        }

        ConsoleSocket console = new ConsoleSocket(OsgiServices.service(CommandProcessor.class),
                OsgiServices.service(Administration.class), ServerConfig.of(data),
                OsgiServices.service(CollectiviteCommands.class), OsgiServices.service(UserCommands.class),
                OsgiServices.service(ModuleCommands.class), OsgiServices.service(AuditCommands.class));
        try {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));

            String answer = session(socket, "mutualis-console/1 interactive", "help mutualis:unlock", "exit");

            assertTrue(answer.startsWith("Console Mutualis (" + System.getProperty("user.name") + ")"), answer);
            assertTrue(answer.contains("Déverrouille sans attendre"), answer);
            assertEquals(List.of(), linksTo(socket.getParent()), "the short links of bind and connect are removed");
        } finally {
            console.close();
        }
        assertFalse(Files.exists(socket), "the socket is removed when the console closes");
    }

    /** Sends the lines as bin/mutualis-console does (through {@link SocketPath}) and returns the whole answer. */
    private static String session(Path socket, String... lines) throws IOException {
        try (SocketChannel channel = SocketPath.connect(socket)) {
            channel.write(StandardCharsets.UTF_8.encode(String.join("\n", lines) + "\n"));
            channel.shutdownOutput();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Channels.newInputStream(channel).transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The short links still in /tmp that lead to this folder. */
    private static List<Path> linksTo(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("/tmp"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("mutualis-"))
                    .map(f -> f.resolve("s")).filter(Files::isSymbolicLink).filter(link -> {
                        try {
                            return Files.readSymbolicLink(link).equals(folder);
                        } catch (IOException e) {
                            return false; // removed meanwhile
                        }
                    }).toList();
        }
    }
}
