package fr.mutualis.remote.transport;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.eclipse.ecf.provider.comm.IConnection;
import org.eclipse.ecf.provider.comm.tcp.AsynchMessage;
import org.eclipse.ecf.provider.comm.tcp.Client;
import org.eclipse.ecf.provider.comm.tcp.SSLClient;

/**
 * Writes a message to the other end of one of ECF's TCP connections on the calling thread, as ECF's sender thread
 * does. ECF's connection queues every asynchronous message ({@code Client.queueObject}, synchronized on the
 * connection, then a synchronized FIFO) for one sender thread per connection: a call request (client) and a call
 * response (server) each paid one more thread hand-off, and the server's call threads spun on those two monitors (two
 * thirds of their CPU samples with 8 clients). Here the calling thread runs the sender thread's own step, ECF's
 * {@code send}: under the connection's output lock, the message in ECF's frame ({@link AsynchMessage}), flushed, the
 * stream reset every 50 messages as ECF counts them; the other end reads it exactly as before. That method is
 * package-private in ECF's final connection classes: it is called by reflection. Used by the server
 * ({@code MutualisServerContainer}, {@code MutualisSslServerContainer}) and the client ({@code PlainContainer},
 * {@code TlsContainer}).
 */
public final class DirectWrites {

    private static final Method PLAIN = send(Client.class);
    private static final Method TLS = send(SSLClient.class);

    private DirectWrites() {
    }

    /** True when written; false when the connection is not one of ECF's TCP connections (queue it then). */
    public static boolean write(IConnection connection, byte[] message) throws IOException {
        Method send = connection instanceof Client ? PLAIN : connection instanceof SSLClient ? TLS : null;
        if (send == null) {
            return false;
        }
        try {
            send.invoke(connection, new AsynchMessage(message));
            return true;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("message not sent: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method send(Class<?> connection) {
        try {
            Method send = connection.getDeclaredMethod("send", Serializable.class);
            send.setAccessible(true);
            return send;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(DirectWrites.class.getName()).log(System.Logger.Level.WARNING,
                    "ECF''s {0} has no send method: its messages go through its sender thread", connection);
            return null;
        }
    }
}
