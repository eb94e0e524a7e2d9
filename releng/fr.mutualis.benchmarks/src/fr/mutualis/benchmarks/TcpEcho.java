package fr.mutualis.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw baseline of a remote call: a request object serialized over loopback TCP to a thread that deserializes it
 * and answers with a response object serialized back, one connection per client as ECF keeps one, the same objects
 * as the real call (what the client sends and what the server answers), so the bytes and the serialization work match.
 */
final class TcpEcho implements AutoCloseable {

    private final ServerSocket server;
    private final Serializable response;
    private final List<Socket> accepted = new ArrayList<>();

    TcpEcho(Serializable response) {
        this.response = response;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "bench-echo-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                synchronized (accepted) {
                    accepted.add(socket);
                }
                Thread serve = new Thread(() -> serve(socket), "bench-echo-serve");
                serve.setDaemon(true);
                serve.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(socket.getOutputStream()))) {
            out.flush();
            ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(socket.getInputStream()));
            while (true) {
                in.readObject();
                out.writeObject(response);
                out.reset();
                out.flush();
            }
        } catch (IOException | ClassNotFoundException e) {
            // the client closed the connection
        }
    }

    /** A client connection: {@link #call} sends the request and waits for the response. */
    final class Client implements AutoCloseable {
        private final Socket socket;
        private final ObjectOutputStream out;
        private final ObjectInputStream in;

        Client() {
            try {
                socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                socket.setTcpNoDelay(true);
                out = new ObjectOutputStream(new BufferedOutputStream(socket.getOutputStream()));
                out.flush();
                in = new ObjectInputStream(new BufferedInputStream(socket.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Object call(Serializable request) {
            try {
                out.writeObject(request);
                out.reset();
                out.flush();
                return in.readObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            synchronized (accepted) {
                for (Socket socket : accepted) {
                    socket.close();
                }
            }
        } catch (IOException e) {
            // closing
        }
    }
}
