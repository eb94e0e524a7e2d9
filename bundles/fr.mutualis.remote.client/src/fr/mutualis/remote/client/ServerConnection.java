package fr.mutualis.remote.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.ecf.core.ContainerConnectException;
import org.eclipse.ecf.core.IContainer;
import org.eclipse.ecf.core.IContainerListener;
import org.eclipse.ecf.core.events.IContainerDisconnectedEvent;
import org.eclipse.ecf.core.events.IContainerEjectedEvent;
import org.eclipse.ecf.core.events.IContainerEvent;
import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.identity.IDFactory;
import org.eclipse.ecf.core.security.IConnectContext;
import org.eclipse.ecf.core.security.IConnectInitiatorPolicy;
import org.eclipse.ecf.provider.generic.ClientSOContainer;
import org.eclipse.ecf.provider.generic.SOContainerConfig;
import org.eclipse.ecf.remoteservice.IRemoteCall;
import org.eclipse.ecf.remoteservice.IRemoteService;
import org.eclipse.ecf.remoteservice.IRemoteServiceContainerAdapter;
import org.eclipse.ecf.remoteservice.IRemoteServiceReference;

import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.core.api.ReadOnly;
import fr.mutualis.core.api.RequestId;

/**
 * One authenticated session with a Mutualis server, giving typed proxies of its remote services. Every failure is
 * reported as a {@link MutualisException} with a French message: the server's refusals as they were sent, network
 * problems as {@link ConnexionImpossibleException}.
 * <p>
 * The address may be a comma-separated list of the nodes of one installation (several server nodes on one database,
 * see docs/hosting.md). The login goes to the first node that answers; the server gives back a signed session token
 * that every node accepts. When the node in use dies, the next call reconnects to another node of the list with that
 * token, without a new login, and the {@link #onFailover listener} gets a short French status message. A
 * {@link ReadOnly} read or an {@link Idempotent} write (with its request id) under way when the node died is played
 * again there; any other call under way fails with a message saying so (it may
 * have been committed).
 */
public final class ServerConnection implements AutoCloseable {

    /** Plain TCP is for a server on the same machine; any other server is reached with {@code ecfssl://}. */
    public static final String DEFAULT_ADDRESS = "ecftcp://localhost:3288/server";
    private static final int CONNECT_TIMEOUT_MS = 15_000;
    private static final int SERVICE_WAIT_MS = 10_000;

    private final List<String> addresses;
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
    private volatile Link link;
    private volatile String token;
    private volatile Consumer<String> failoverListener = message -> {
    };
    private volatile boolean closed;

    /** A remote service of one node: ECF's handle (for calls carrying a request id) and its typed proxy. */
    private record Remote(IRemoteService service, Object proxy) {
    }

    /** The connection to one node. */
    private record Link(String address, ID target, ClientSOContainer container, IRemoteServiceContainerAdapter adapter,
            Closing closing, Map<Class<?>, Remote> services) {

        boolean connected() {
            return container.getConnectedID() != null;
        }
    }

    private ServerConnection(List<String> addresses, Link link, String token) {
        this.addresses = addresses;
        this.link = link;
        this.token = token;
    }

    /**
     * Connects to the first node of the list that answers and logs in; the connection is refused with the server's
     * French message on bad credentials (the other nodes would say the same: they are not tried).
     */
    public static ServerConnection open(String address, String login, String password) {
        List<String> checked = checkAddresses(address);
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw new ConnexionImpossibleException("Saisissez votre identifiant et votre mot de passe.");
        }
        String tooLong = LoginFrame.tooLong(login.strip(), password);
        if (tooLong != null) {
            throw new ConnexionImpossibleException(tooLong);
        }
        LoginFrame.Credentials credentials = LoginFrame.Credentials.password(login.strip(), password);
        Unreachable unreachable = null;
        for (String node : checked) {
            try {
                Link link = connect(node, credentials);
                return new ServerConnection(checked, link, credentials.received());
            } catch (Unreachable e) {
                unreachable = e;
            }
        }
        throw unreachable.report(checked);
    }

    /** A node that did not answer: the next one of the list is tried. */
    private static final class Unreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final ConnexionImpossibleException message;

        Unreachable(ConnexionImpossibleException message) {
            super(message.getMessage(), null, false, false);
            this.message = message;
        }

        ConnexionImpossibleException report(List<String> addresses) {
            return addresses.size() == 1 ? message : new ConnexionImpossibleException("Aucun serveur joignable parmi "
                    + String.join(", ", addresses) + ". Vérifiez les adresses, que les serveurs sont démarrés et "
                    + "votre connexion réseau.");
        }
    }

    /** Connects to one node with the credentials (a password or the session token). */
    private static Link connect(String address, LoginFrame.Credentials credentials) {
        ClientSOContainer container = null;
        try {
            ID target = IDFactory.getDefault().createStringID(address);
            SOContainerConfig config = new SOContainerConfig(IDFactory.getDefault().createGUID());
            if (address.startsWith("ecfssl:")) {
                ClientTls.prepare();
                container = new TlsContainer(config);
            } else {
                FramedSocketFactory.install();
                container = new PlainContainer(config);
            }
            container.setConnectInitiatorPolicy(new ConnectTimeout());
            Closing closing = new Closing();
            container.addListener(closing);
            // The remote-service adapter must exist before connecting, so it receives the server's registry.
            IRemoteServiceContainerAdapter adapter = (IRemoteServiceContainerAdapter) container
                    .getAdapter(IRemoteServiceContainerAdapter.class);
            LoginFrame.pending(credentials);
            try {
                container.connect(target, null);
            } finally {
                LoginFrame.pending(null);
            }
            return new Link(address, target, container, adapter, closing, new ConcurrentHashMap<>());
        } catch (ContainerConnectException e) {
            dispose(container);
            MutualisException translated = translate(address, e);
            if (translated instanceof ConnexionImpossibleException c && unreachable(e)) {
                throw new Unreachable(c);
            }
            throw translated;
        } catch (Exception e) {
            dispose(container);
            throw new ConnexionImpossibleException("Connexion impossible à " + address + " : " + e.getMessage());
        }
    }

    private static boolean unreachable(ContainerConnectException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LoginFrame.Refused || t instanceof javax.net.ssl.SSLHandshakeException
                    || t instanceof java.security.cert.CertificateException || t instanceof SecurityException) {
                return false;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /** The addresses of a comma-separated list, each checked; duplicates dropped. */
    static List<String> checkAddresses(String addresses) {
        if (addresses == null || addresses.isBlank()) {
            return List.of(checkAddress(addresses));
        }
        List<String> checked = new ArrayList<>();
        for (String one : addresses.split(",")) {
            if (!one.isBlank()) {
                String address = checkAddress(one);
                if (!checked.contains(address)) {
                    checked.add(address);
                }
            }
        }
        return checked.isEmpty() ? List.of(checkAddress("")) : List.copyOf(checked);
    }

    static String checkAddress(String address) {
        String example = " Exemple : " + DEFAULT_ADDRESS;
        if (address == null || address.isBlank()) {
            throw new ConnexionImpossibleException("Saisissez l'adresse du serveur." + example);
        }
        try {
            URI uri = new URI(address.strip());
            if (!("ecftcp".equals(uri.getScheme()) || "ecfssl".equals(uri.getScheme())) || uri.getHost() == null || uri.getPort() <= 0
                    || uri.getPath() == null || uri.getPath().isEmpty()) {
                throw new ConnexionImpossibleException("Adresse de serveur invalide « " + address + " »." + example);
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new ConnexionImpossibleException("Adresse de serveur invalide « " + address + " »." + example);
        }
    }

    private static MutualisException translate(String address, ContainerConnectException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LoginFrame.Refused refused) {
                return new ConnexionImpossibleException(refused.getMessage());
            }
            if (t instanceof javax.net.ssl.SSLHandshakeException || t instanceof java.security.cert.CertificateException) {
                return new ConnexionImpossibleException("Le certificat du serveur " + address + " n'est pas reconnu : "
                        + "connexion refusée par sécurité. Installez le certificat de votre serveur "
                        + "(MUTUALIS_TRUSTSTORE) ou contactez votre administrateur.");
            }
            if (t instanceof SecurityException) {
                return new ConnexionImpossibleException(t.getMessage());
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return new ConnexionImpossibleException("Serveur injoignable à l'adresse " + address
                        + ". Vérifiez l'adresse, que le serveur est démarré et votre connexion réseau.");
            }
        }
        return new ConnexionImpossibleException("Connexion impossible à " + address + " : "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** The address list of this installation, as the user gave it (comma-separated), for the next login. */
    public String address() {
        return String.join(", ", addresses);
    }

    /** The node in use now. */
    public String currentAddress() {
        return link.address();
    }

    public boolean isConnected() {
        return !closed && link.connected();
    }

    /** Receives the short French status message shown when the session moved to another node. */
    public void onFailover(Consumer<String> listener) {
        this.failoverListener = listener == null ? message -> {
        } : listener;
    }

    /** A proxy of a remote service; its calls throw the server's {@link MutualisException}s unwrapped. */
    public <T> T service(Class<T> type) {
        return type.cast(proxies.computeIfAbsent(type, t -> {
            lookup(link(), t); // an absent service is reported at once
            InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
                case "equals" -> method.getParameterCount() == 1 ? proxy == args[0] : call(t, method, args);
                case "hashCode" -> method.getParameterCount() == 0 ? System.identityHashCode(proxy)
                        : call(t, method, args);
                case "toString" -> method.getParameterCount() == 0 ? t.getSimpleName() + "@" + address()
                        : call(t, method, args);
                default -> call(t, method, args);
            };
            return Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] { t }, handler);
        }));
    }

    /**
     * One call on the node in use, after moving to another node if it is gone. A {@link ReadOnly} read that the node's
     * death interrupted is played again on the next node, and so is an {@link Idempotent} write with
     * the same request id (the server answers its first result instead of writing twice); any other call fails, saying
     * so. An idempotent write left without an answer fails with {@link ReponsePerdueException} and its request id.
     */
    private Object call(Class<?> type, Method method, Object[] args) throws Throwable {
        boolean idempotent = method.isAnnotationPresent(Idempotent.class);
        RequestId request = idempotent ? RequestIds.next() : null;
        Link current = link();
        Throwable failure;
        current.closing().waiting();
        try {
            return invoke(lookup(current, type), method, args, request);
        } catch (InvocationTargetException e) {
            failure = e.getCause();
        } finally {
            current.closing().done();
        }
        if ((current.closing().gone || !current.connected()) && current.closing().reason == null
                && (idempotent || readOnly(method)) && !answered(failure)) {
            Link next;
            try {
                next = failover(current);
            } catch (MutualisException noOtherNode) {
                if (!idempotent) {
                    throw noOtherNode;
                }
                next = null; // the caller gets the request id to retry with, once a node answers again
            }
            if (next != null) {
                try {
                    return invoke(lookup(next, type), method, args, request);
                } catch (InvocationTargetException again) {
                    failure = again.getCause();
                    current = next;
                }
            }
        }
        if (idempotent && !answered(failure)) {
            throw new ReponsePerdueException("Le serveur " + current.address() + " n'a pas répondu à la demande "
                    + "(connexion perdue ou délai dépassé) : elle a peut-être été enregistrée. Elle peut être renvoyée "
                    + "sans risque de doublon.", request);
        }
        throw unwrap(failure, current);
    }

    /**
     * Calls {@code method} on {@code remote}; with a request id, its arguments followed by the id (the server takes it
     * off before the method runs). Every failure comes out as an {@link InvocationTargetException}.
     */
    private static Object invoke(Remote remote, Method method, Object[] args, RequestId request)
            throws InvocationTargetException {
        if (request == null) {
            try {
                return method.invoke(remote.proxy(), args);
            } catch (IllegalAccessException e) {
                throw new InvocationTargetException(e);
            }
        }
        Object[] withId = args == null ? new Object[1] : Arrays.copyOf(args, args.length + 1);
        withId[withId.length - 1] = request;
        try {
            return remote.service().callSync(new Call(method.getName(), withId, IRemoteCall.DEFAULT_TIMEOUT));
        } catch (Exception e) {
            throw new InvocationTargetException(e);
        }
    }

    /**
     * A {@link ReadOnly} method changes nothing: playing it again on another node is safe, whoever may call it (the
     * roles of its permission say who may read, not whether it writes: {@code PaieService.bulletins} is a read that
     * no {@code LECTURE} role may call).
     */
    static boolean readOnly(Method method) {
        return method.isAnnotationPresent(ReadOnly.class);
    }

    /** Whether the failure is the server's answer (a refusal), not a lost connection. */
    private static boolean answered(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MutualisException) {
                return true;
            }
        }
        return false;
    }

    /** The link to use: the current one, or one to another node when it is gone. */
    private Link link() {
        Link current = link;
        if (closed || current.connected()) {
            return current;
        }
        return failover(current);
    }

    /**
     * Replaces a dead link by one to another node of the list (the next ones first), resuming the session with its
     * token. The dead node itself is not retried silently: with one address, or when no other node answers, the call
     * fails and the application offers to reconnect (then everything shown is read again). A session the server
     * closed (password changed, rights withdrawn) is not resumed.
     */
    private synchronized Link failover(Link dead) {
        if (link != dead) {
            return link; // another call already moved
        }
        if (dead.closing().reason != null) {
            throw new ConnexionImpossibleException(dead.closing().reason);
        }
        int at = addresses.indexOf(dead.address());
        for (int i = 1; i < addresses.size(); i++) {
            String node = addresses.get((at + i) % addresses.size());
            try {
                LoginFrame.Credentials credentials = LoginFrame.Credentials.token(token);
                Link next = connect(node, credentials);
                if (credentials.received() != null) {
                    token = credentials.received();
                }
                link = next;
                dispose(dead.container());
                String message = "Serveur " + dead.address() + " perdu : session reprise sur " + node + ".";
                System.getLogger(ServerConnection.class.getName()).log(System.Logger.Level.INFO, message);
                failoverListener.accept(message);
                return next;
            } catch (Unreachable e) {
                // next node
            }
        }
        throw new ConnexionImpossibleException("La connexion au serveur " + dead.address() + " a été perdue"
                + (addresses.size() == 1 ? "." : " et aucun autre serveur ne répond (" + String.join(", ", addresses)
                        + ")."));
    }

    private Remote lookup(Link on, Class<?> type) {
        return on.services().computeIfAbsent(type, t -> {
            try {
                IRemoteServiceReference[] refs = references(on, t);
                if (refs == null || refs.length == 0) {
                    throw new MutualisException("Le service " + t.getSimpleName()
                            + " n'est pas disponible sur ce serveur (module non installé ?).");
                }
                IRemoteService remote = on.adapter().getRemoteService(refs[0]);
                return new Remote(remote, remote.getProxy(t.getClassLoader(), new Class<?>[] { t }));
            } catch (MutualisException e) {
                throw e;
            } catch (Exception e) {
                throw new ConnexionImpossibleException("Service " + t.getSimpleName() + " inaccessible : "
                        + e.getMessage());
            }
        });
    }

    /** The server announces its services just after the connection opens: wait a little for them. */
    private static IRemoteServiceReference[] references(Link on, Class<?> type) throws Exception {
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MS;
        IRemoteServiceReference[] refs = on.adapter().getRemoteServiceReferences(on.target(), type.getName(), null);
        while ((refs == null || refs.length == 0) && System.currentTimeMillis() < deadline && on.connected()) {
            Thread.sleep(50);
            refs = on.adapter().getRemoteServiceReferences(on.target(), type.getName(), null);
        }
        return refs;
    }

    private Throwable unwrap(Throwable failure, Link on) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MutualisException) {
                return t;
            }
        }
        if (on.closing().gone || !on.connected()) {
            String reason = on.closing().reason;
            if (reason != null) {
                return new ConnexionImpossibleException(reason);
            }
            String lost = "La connexion au serveur " + on.address() + " a été perdue pendant l'opération";
            try {
                Link next = failover(on);
                return new ConnexionImpossibleException(lost + " ; la session continue sur " + next.address()
                        + " : vérifiez si l'opération a été enregistrée avant de la relancer.");
            } catch (MutualisException e) {
                return e;
            }
        }
        return new MutualisException("Le serveur n'a pas pu traiter la demande : "
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
    }

    @Override
    public void close() {
        closed = true;
        dispose(link.container());
    }

    private static void dispose(IContainer container) {
        if (container != null) {
            container.disconnect();
            container.dispose();
        }
    }

    /** A call as ECF sends it. */
    private record Call(String getMethod, Object[] getParameters, long getTimeout) implements IRemoteCall {
    }

    /** No connect data: the login frame authenticated the connection before ECF's connect request. */
    private static final class ConnectTimeout implements IConnectInitiatorPolicy {
        @Override
        public Object createConnectData(IContainer container, ID targetID, IConnectContext context) {
            return null;
        }

        @Override
        public int getConnectTimeout() {
            return CONNECT_TIMEOUT_MS;
        }

        @Override
        public void refresh() {
            // nothing cached
        }
    }

    /** Keeps the reason the server gave when it closed the session (the account changed). */
    /**
     * Keeps the reason the server gave when it closed the session (the account changed), and wakes the calls waiting
     * on a connection that is gone: ECF would leave a call sent just before the node died waiting for its whole
     * timeout (30 s), although no answer can come any more.
     */
    private static final class Closing implements IContainerListener {
        volatile String reason;
        volatile boolean gone;
        private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
        private final Set<Thread> woken = ConcurrentHashMap.newKeySet();

        @Override
        public void handleEvent(IContainerEvent event) {
            if (event instanceof IContainerEjectedEvent ejected && ejected.getReason() instanceof String text) {
                reason = text;
            }
            if (event instanceof IContainerEjectedEvent || event instanceof IContainerDisconnectedEvent) {
                gone = true;
                for (Thread thread : waiting) {
                    woken.add(thread);
                    thread.interrupt();
                }
            }
        }

        void waiting() {
            waiting.add(Thread.currentThread());
            if (gone) {
                woken.add(Thread.currentThread());
                Thread.currentThread().interrupt();
            }
        }

        /** The calling thread's call is over; an interrupt this class caused is taken back. */
        void done() {
            waiting.remove(Thread.currentThread());
            if (woken.remove(Thread.currentThread())) {
                Thread.interrupted();
            }
        }
    }
}
