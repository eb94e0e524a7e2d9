package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.ecf.core.identity.IDFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener and the login frame, without ECF: what a connection must do before anything is deserialized. */
class GateTest {

    static final Limits LIMITS = new Limits(400, 2, 8, 2, 10, 1 << 20);

    final AtomicInteger authentications = new AtomicInteger();
    final CompletableFuture<Socket> handedOff = new CompletableFuture<>();
    final Sessions sessions = new Sessions();
    final List<Socket> clients = new ArrayList<>();
    /** When the modules have started (System.nanoTime()); before that, logins wait. */
    volatile long modulesStartedAt = Long.MIN_VALUE;
    Gate gate;

    /** Version 1 frames only here: a token is never valid. */
    static final fr.mutualis.core.server.security.SessionTokens NO_TOKENS =
            new fr.mutualis.core.server.security.SessionTokens() {
                @Override
                public Token issue(String login) {
                    throw new UnsupportedOperationException("version 1 frames only");
                }

                @Override
                public Token verify(String token, String clientAddress) {
                    throw new SecurityException(INVALID);
                }
            };

    Gate start(ServerSocket listener) {
        gate = new Gate(listener, LIMITS, (login, password, address) -> {
            authentications.incrementAndGet();
            if (!"bon-mot-de-passe".equals(password)) {
                throw new SecurityException("Identifiant ou mot de passe incorrect.");
            }
            return login;
        }, NO_TOKENS, sessions, millis -> {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (System.nanoTime() < modulesStartedAt) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(5);
            }
            return true;
        }, socket -> {
            sessions.bind(socket.getRemoteSocketAddress(), IDFactory.getDefault().createGUID()); // as ECF's join does
            handedOff.complete(socket);
        }).start();
        return gate;
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        gate.close();
    }

    Socket connect(ServerSocket listener) throws IOException {
        Socket socket = new Socket();
        clients.add(socket);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 2000);
        socket.setSoTimeout(3000);
        return socket;
    }

    static byte[] frame(String login, String password) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(LoginFrame.MAGIC);
        out.writeByte(LoginFrame.VERSION);
        byte[] l = login.getBytes(StandardCharsets.UTF_8);
        out.writeShort(l.length);
        out.write(l);
        byte[] p = password.getBytes(StandardCharsets.UTF_8);
        out.writeShort(p.length);
        out.write(p);
        return bytes.toByteArray();
    }

    static ServerSocket loopback() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** Milliseconds until the server closes the connection (read returns -1 or fails). */
    static long closedWithin(Socket socket) {
        long start = System.nanoTime();
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // drain
            }
        } catch (IOException e) {
            // reset by the server
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void theListenerSurvivesAcceptFailures() throws Exception {
        AtomicInteger failures = new AtomicInteger(3);
        ServerSocket flaky = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()) {
            @Override
            public Socket accept() throws IOException {
                if (failures.getAndDecrement() > 0) {
                    throw new SocketException("Too many open files");
                }
                return super.accept();
            }
        };
        start(flaky);
        Socket client = connect(flaky);
        client.getOutputStream().write(frame("agent", "bon-mot-de-passe"));
        assertEquals(0, client.getInputStream().read(), "accepted after three failed accept() calls");
        assertTrue(handedOff.get(3, TimeUnit.SECONDS).isConnected());
        assertTrue(failures.get() < 0);
    }

    @Test
    void aRefusalCarriesTheFrenchMessageAndTheConnectionNeverReachesEcf() throws Exception {
        ServerSocket listener = loopback();
        start(listener);
        Socket client = connect(listener);
        client.getOutputStream().write(frame("agent", "mauvais"));
        DataInputStream in = new DataInputStream(client.getInputStream());
        assertEquals(1, in.readUnsignedByte());
        byte[] message = new byte[in.readUnsignedShort()];
        in.readFully(message);
        assertEquals("Identifiant ou mot de passe incorrect.", new String(message, StandardCharsets.UTF_8));
        assertTrue(closedWithin(client) < 1000);
        assertTrue(!handedOff.isDone());
    }

    @Test
    void aLoginBeforeTheModulesHaveStartedWaitsForThem() throws Exception {
        modulesStartedAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        ServerSocket listener = loopback();
        start(listener);
        Socket client = connect(listener);
        client.getOutputStream().write(frame("agent", "bon-mot-de-passe"));
        assertEquals(0, client.getInputStream().read(), "accepted once the modules are there");
        assertTrue(System.nanoTime() >= modulesStartedAt);
        assertTrue(handedOff.get(3, TimeUnit.SECONDS).isConnected());
    }

    @Test
    void aLoginWhileTheModulesStillStartIsRefusedAfterTheHandshakeTime() throws Exception {
        modulesStartedAt = Long.MAX_VALUE;
        ServerSocket listener = loopback();
        start(listener);
        Socket client = connect(listener);
        long start = System.nanoTime();
        client.getOutputStream().write(frame("agent", "bon-mot-de-passe"));
        DataInputStream in = new DataInputStream(client.getInputStream());
        assertEquals(1, in.readUnsignedByte());
        byte[] message = new byte[in.readUnsignedShort()];
        in.readFully(message);
        assertEquals(Gate.STARTING, new String(message, StandardCharsets.UTF_8));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= LIMITS.handshakeMillis());
        assertEquals(0, authentications.get(), "no password checked before the modules are there");
        assertTrue(!handedOff.isDone());
    }

    @Test
    void aJavaSerializationStreamInsteadOfALoginFrameIsClosedAtOnce() throws Exception {
        ServerSocket listener = loopback();
        start(listener);
        Socket client = connect(listener);
        client.getOutputStream().write(new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72 });
        long millis = closedWithin(client);
        assertTrue(millis < 1000, "closed in " + millis + " ms");
        assertEquals(0, authentications.get());
        assertTrue(!handedOff.isDone());
    }

    @Test
    void anOversizedLoginIsRefusedWithoutReadingIt() throws Exception {
        ServerSocket listener = loopback();
        start(listener);
        Socket client = connect(listener);
        DataOutputStream out = new DataOutputStream(client.getOutputStream());
        out.writeInt(LoginFrame.MAGIC);
        out.writeByte(LoginFrame.VERSION);
        out.writeShort(65_000);
        out.flush();
        assertTrue(closedWithin(client) < 1000);
        assertEquals(0, authentications.get());
    }

    @Test
    void aConnectionThatNeverSendsIsClosedAfterTheHandshakeTime() throws Exception {
        ServerSocket listener = loopback();
        start(listener);
        Socket client = connect(listener);
        long millis = closedWithin(client);
        assertTrue(millis >= 300 && millis < 2000, "closed after " + millis + " ms");
    }

    @Test
    void connectionsNotLoggedInAreCappedPerSource() throws Exception {
        ServerSocket listener = loopback();
        start(listener);
        connect(listener);
        connect(listener);
        Socket third = connect(listener);
        long millis = closedWithin(third);
        assertTrue(millis < 300, "third idle connection from the same source closed in " + millis + " ms");
        // once the first two have timed out, the source may connect again
        Thread.sleep(2L * LIMITS.handshakeMillis() + 300);
        Socket again = connect(listener);
        again.getOutputStream().write(frame("agent", "bon-mot-de-passe"));
        assertEquals(0, again.getInputStream().read());
    }

    @Test
    void sessionsAreCappedPerLogin() throws Exception {
        ServerSocket listener = loopback();
        start(listener);
        for (int i = 0; i < LIMITS.sessionsPerLogin(); i++) {
            Socket ok = connect(listener);
            ok.getOutputStream().write(frame("agent", "bon-mot-de-passe"));
            assertEquals(0, ok.getInputStream().read());
        }
        Socket extra = connect(listener);
        extra.getOutputStream().write(frame("agent", "bon-mot-de-passe"));
        assertEquals(1, extra.getInputStream().read());
    }
}
