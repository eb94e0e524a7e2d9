package fr.mutualis.remote.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.net.Socket;

/**
 * The streams of a logged-in connection, buffered. ECF wraps the socket's own streams in object streams directly:
 * reading a message then made a system call for nearly every byte of its envelope (an object stream reads its type
 * codes and headers one at a time), and writing one made a system call, and a TCP segment with {@code TCP_NODELAY},
 * per kilobyte. ECF flushes after every message it writes, and so does {@code DirectWrites}. The byte budget of the
 * {@link InboundFilter} counts what the object stream takes, above the buffer: it is unchanged.
 */
final class Buffers {

    static final int SIZE = 16 * 1024;

    private Buffers() {
    }

    static InputStream input(Socket socket) throws IOException {
        return new BufferedInputStream(socket.getInputStream(), SIZE);
    }

    static ObjectOutputStream output(Socket socket) throws IOException {
        return new ObjectOutputStream(new BufferedOutputStream(socket.getOutputStream(), SIZE));
    }
}
