package fr.mutualis.core.console.client;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Binds and connects a Unix domain socket whatever the length of its path. The kernel takes at most 107 bytes for
 * a socket's path (108 with the final NUL, Linux's {@code sun_path}), and a data folder can be deeper than that.
 * A longer path is reached through a short one: a symbolic link to the socket's folder, made in a new private
 * (0700) temporary folder, used for the one bind or connect, then removed. The socket itself stays where it is asked
 * to be ({@code <data>/run/console.sock}), with its folder's permissions, so server and client agree on it without
 * anything else to share.
 */
public final class SocketPath {

    /** The longest path, in bytes, a socket address may have. */
    public static final int MAX_BYTES = 107;

    private SocketPath() {
    }

    /** A server socket bound at {@code socket} (absolute). */
    public static ServerSocketChannel bind(Path socket) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        return use(channel, socket, channel::bind);
    }

    /** A connection to the socket at {@code socket} (absolute). */
    public static SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        return use(channel, socket, channel::connect);
    }

    /** The channel once {@code use} took the socket's address; closed if it failed. */
    private static <C extends Channel> C use(C channel, Path socket, Use use) throws IOException {
        try {
            through(socket, use);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    static boolean fits(Path path) {
        return path.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private interface Use {
        Object with(UnixDomainSocketAddress address) throws IOException;
    }

    private static void through(Path socket, Use use) throws IOException {
        Path absolute = socket.toAbsolutePath();
        if (fits(absolute)) {
            use.with(UnixDomainSocketAddress.of(absolute));
            return;
        }
        Path folder = shortFolder();
        Path link = folder.resolve("s");
        try {
            Files.createSymbolicLink(link, absolute.getParent());
            Path address = link.resolve(absolute.getFileName());
            if (!fits(address)) {
                throw new IOException("socket path " + absolute + " is too long and the temporary folder " + folder
                        + " too deep to shorten it");
            }
            use.with(UnixDomainSocketAddress.of(address));
        } finally {
            Files.deleteIfExists(link);
            Files.deleteIfExists(folder);
        }
    }

    /** A new folder only this OS user can open (JDK temporary folders are 0700), as short as the machine allows. */
    private static Path shortFolder() throws IOException {
        Path tmp = Path.of("/tmp");
        if (Files.isDirectory(tmp) && Files.isWritable(tmp)) {
            return Files.createTempDirectory(tmp, "mutualis-");
        }
        return Files.createTempDirectory("mutualis-");
    }
}
