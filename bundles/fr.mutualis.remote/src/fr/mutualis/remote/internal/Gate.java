package fr.mutualis.remote.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSocket;

import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.core.server.security.SessionTokens;

/**
 * The listening socket and what happens before ECF sees a connection. ECF's own listener is never started: this one
 * accepts, keeps listening when {@code accept()} fails (out of file descriptors, for example: logged, then a short
 * pause), caps the connections not yet logged in per source address and in all, reads each one's {@link LoginFrame}
 * under a deadline and asks the {@link Authenticator} (as many at once as cores, one at a time per source address,
 * so that a flood from one address cannot starve the others), outside any ECF lock. The port opens before the
 * modules have started: a login arriving meanwhile waits for them ({@link Startup}) up to the handshake time, then is
 * refused with {@link #STARTING}. A login frame of version 2 gets the session's token back; one carrying a token
 * instead of a password resumes that session (opened on any node sharing the database) after {@link SessionTokens}
 * has checked it, without hashing. Only a
 * logged-in connection reaches ECF ({@link Handoff}), which then reads its first object; the identity goes with it
 * through {@link Sessions#admit}.
 */
final class Gate implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Gate.class.getName());
    static final String BUSY = "Serveur saturé : trop de connexions en cours. Réessayez dans quelques instants.";
    static final String TOO_MANY = "Trop de sessions ouvertes pour ce compte (ou sur le serveur) : fermez une autre "
            + "session de Mutualis puis réessayez.";

    static final String STARTING = "Le serveur Mutualis est en cours de démarrage : réessayez dans quelques "
            + "secondes.";

    /** Whether the modules have started, waiting for them up to {@code millis}. */
    interface Startup {
        boolean await(long millis) throws InterruptedException;
    }

    /** ECF's handling of a logged-in connection: reads the connect request, joins, starts its threads. */
    interface Handoff {
        void accept(Socket socket) throws Exception;
    }

    private final ServerSocket listener;
    private final Limits limits;
    private final Authenticator authenticator;
    private final SessionTokens tokens;
    private final Sessions sessions;
    private final Startup startup;
    private final Handoff handoff;
    private final ThreadPoolExecutor logins;
    private final Semaphore hashing;
    private final Map<String, Semaphore> hashingBySource = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor joins;
    private final ScheduledExecutorService deadlines;
    private final Map<String, AtomicInteger> pendingBySource = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    Gate(ServerSocket listener, Limits limits, Authenticator authenticator, SessionTokens tokens, Sessions sessions,
            Startup startup, Handoff handoff) {
        this.listener = listener;
        this.limits = limits;
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.sessions = sessions;
        this.startup = startup;
        this.handoff = handoff;
        // Reading a frame mostly waits on the network: one thread per admitted connection (their number is capped).
        this.logins = new ThreadPoolExecutor(0, limits.preauthTotal() + 8, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), daemons("mutualis-login"));
        // Checking a password is CPU work: as many at once as cores, and one at a time per source address.
        this.hashing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
        this.joins = new ThreadPoolExecutor(0, limits.sessionsTotal(), 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemons("mutualis-join"));
        this.deadlines = Executors.newSingleThreadScheduledExecutor(daemons("mutualis-deadline"));
        this.acceptor = new Thread(this::acceptLoop, "mutualis-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
    }

    Gate start() {
        acceptor.start();
        return this;
    }

    private void acceptLoop() {
        long pause = 50;
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
                pause = 50;
            } catch (IOException | RuntimeException e) {
                if (closed || listener.isClosed()) {
                    break;
                }
                LOG.log(Level.ERROR, "accept() failed on port " + listener.getLocalPort() + " ("
                        + e.getMessage() + "): still listening, next attempt in " + pause + " ms", e);
                sleep(pause);
                pause = Math.min(pause * 2, 1000);
                continue;
            }
            admit(socket);
        }
        LOG.log(Level.INFO, "Listener on port {0} closed", listener.getLocalPort());
    }

    private void admit(Socket socket) {
        String source = socket.getInetAddress().getHostAddress();
        int fromSource = pendingBySource.computeIfAbsent(source, s -> new AtomicInteger()).incrementAndGet();
        int all = pending.incrementAndGet();
        if (fromSource > limits.preauthPerSource() || all > limits.preauthTotal()) {
            release(source);
            LOG.log(Level.WARNING, "Refused a connection from {0}: too many connections not logged in", source);
            closeQuietly(socket);
            return;
        }
        ScheduledFuture<?> deadline = deadlines.schedule(() -> expire(socket, source), 2L * limits.handshakeMillis(),
                TimeUnit.MILLISECONDS);
        try {
            logins.execute(() -> login(socket, source, deadline));
        } catch (RejectedExecutionException e) {
            deadline.cancel(false);
            release(source);
            closeQuietly(socket);
        }
    }

    private void expire(Socket socket, String source) {
        LOG.log(Level.WARNING, "Closed a connection from {0}: not logged in within {1} ms", source,
                2L * limits.handshakeMillis());
        closeQuietly(socket);
    }

    private void login(Socket socket, String source, ScheduledFuture<?> deadline) {
        SocketAddress remote = socket.getRemoteSocketAddress();
        Session session;
        boolean released = false;
        try {
            socket.setSoTimeout(limits.handshakeMillis());
            socket.setTcpNoDelay(true);
            if (socket instanceof SSLSocket ssl) {
                ssl.startHandshake();
            }
            LoginFrame.Credentials credentials = LoginFrame.read(socket.getInputStream());
            if (!startup.await(limits.handshakeMillis())) {
                LOG.log(Level.WARNING, "Refused a login from {0}: the modules have not started yet", source);
                LoginFrame.refuse(socket.getOutputStream(), STARTING);
                closeQuietly(socket);
                deadline.cancel(false);
                return;
            }
            String login;
            SessionTokens.Token token = null;
            try {
                if (credentials.token()) {
                    token = tokens.verify(credentials.password(), source);
                    login = token.login();
                    LOG.log(Level.INFO, "Session {0} of {1} resumed from {2}", token.sessionId(), login, source);
                } else {
                    login = authenticate(credentials, source, socket);
                    if (credentials.version() == LoginFrame.VERSION_TOKEN) {
                        token = tokens.issue(login);
                    }
                }
            } catch (SecurityException e) {
                LoginFrame.refuse(socket.getOutputStream(), e.getMessage());
                closeQuietly(socket);
                deadline.cancel(false);
                return;
            }
            session = new Session(login, source);
            if (!sessions.admit(remote, session, limits)) {
                LOG.log(Level.WARNING, "Refused a session of {0} from {1}: session limit reached", login, source);
                LoginFrame.refuse(socket.getOutputStream(), TOO_MANY);
                closeQuietly(socket);
                deadline.cancel(false);
                return;
            }
            // logged in: no longer counted among the connections not logged in, before the client hears it
            release(source);
            released = true;
            if (token == null) {
                LoginFrame.accept(socket.getOutputStream());
            } else {
                LoginFrame.accept(socket.getOutputStream(), token.value());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(socket);
            return;
        } catch (IOException | RuntimeException e) {
            if (!socket.isClosed()) {
                LOG.log(Level.WARNING, "Refused a connection from {0} before login: {1}", source, e.getMessage());
            }
            closeQuietly(socket);
            deadline.cancel(false);
            return;
        } finally {
            if (!released) {
                release(source);
            }
        }
        try {
            joins.execute(() -> join(socket, remote, session, deadline));
        } catch (RejectedExecutionException e) {
            sessions.forget(remote);
            closeQuietly(socket);
            deadline.cancel(false);
        }
    }

    private String authenticate(LoginFrame.Credentials credentials, String source, Socket socket)
            throws InterruptedException, IOException {
        Semaphore fromSource = hashingBySource.computeIfAbsent(source, s -> new Semaphore(1, true));
        fromSource.acquire();
        try {
            hashing.acquire();
            try {
                if (socket.isClosed()) { // its deadline passed while it waited: no work for a dead connection
                    throw new IOException("closed before its password was checked");
                }
                return authenticator.authenticate(credentials.login(), credentials.password(), source);
            } finally {
                hashing.release();
            }
        } finally {
            fromSource.release();
        }
    }

    private void join(Socket socket, SocketAddress remote, Session session, ScheduledFuture<?> deadline) {
        try {
            handoff.accept(socket);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Connection of {0} from {1} closed while joining: {2}", session.login(),
                    session.clientAddress(), String.valueOf(e.getMessage()));
            closeQuietly(socket);
        } finally {
            deadline.cancel(false);
            sessions.forget(remote); // admitted but never joined
        }
    }

    private void release(String source) {
        pending.decrementAndGet();
        pendingBySource.computeIfPresent(source, (s, n) -> {
            if (n.decrementAndGet() > 0) {
                return n;
            }
            hashingBySource.remove(s); // nobody from there is logging in any more
            return null;
        });
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        logins.shutdownNow();
        joins.shutdownNow();
        deadlines.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
