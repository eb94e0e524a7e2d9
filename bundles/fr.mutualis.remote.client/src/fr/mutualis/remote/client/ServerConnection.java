package fr.mutualis.remote.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.ecf.core.ContainerConnectException;
import org.eclipse.ecf.core.IContainer;
import org.eclipse.ecf.core.IContainerListener;
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
import fr.mutualis.core.api.RequestId;

/**
 * One authenticated connection to a Mutualis server, giving typed proxies of its remote services. Every failure is
 * reported as a {@link MutualisException} with a French message: the server's refusals as they were sent, network
 * problems as {@link ConnexionImpossibleException}.
 */
public final class ServerConnection implements AutoCloseable {

    /** Plain TCP is for a server on the same machine; any other server is reached with {@code ecfssl://}. */
    public static final String DEFAULT_ADDRESS = "ecftcp://localhost:3288/server";
    private static final int CONNECT_TIMEOUT_MS = 15_000;
    private static final int SERVICE_WAIT_MS = 10_000;

    private final String address;
    private final ID target;
    private final ClientSOContainer container;
    private final IRemoteServiceContainerAdapter adapter;
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();
    private final Closing closing;

    private ServerConnection(String address, ID target, ClientSOContainer container,
            IRemoteServiceContainerAdapter adapter, Closing closing) {
        this.closing = closing;
        this.address = address;
        this.target = target;
        this.container = container;
        this.adapter = adapter;
    }

    /** Connects and logs in; the connection is refused with the server's French message on bad credentials. */
    public static ServerConnection open(String address, String login, String password) {
        String checked = checkAddress(address);
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw new ConnexionImpossibleException("Saisissez votre identifiant et votre mot de passe.");
        }
        String tooLong = LoginFrame.tooLong(login.strip(), password);
        if (tooLong != null) {
            throw new ConnexionImpossibleException(tooLong);
        }
        ClientSOContainer container = null;
        try {
            ID target = IDFactory.getDefault().createStringID(checked);
            SOContainerConfig config = new SOContainerConfig(IDFactory.getDefault().createGUID());
            if (checked.startsWith("ecfssl:")) {
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
            LoginFrame.pending(new LoginFrame.Credentials(login.strip(), password));
            try {
                container.connect(target, null);
            } finally {
                LoginFrame.pending(null);
            }
            return new ServerConnection(checked, target, container, adapter, closing);
        } catch (ContainerConnectException e) {
            dispose(container);
            throw translate(checked, e);
        } catch (Exception e) {
            dispose(container);
            throw new ConnexionImpossibleException("Connexion impossible à " + checked + " : " + e.getMessage());
        }
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

    public String address() {
        return address;
    }

    public boolean isConnected() {
        return container.getConnectedID() != null;
    }

    /** A proxy of a remote service; its calls throw the server's {@link MutualisException}s unwrapped. */
    public <T> T service(Class<T> type) {
        return type.cast(proxies.computeIfAbsent(type, this::lookup));
    }

    private Object lookup(Class<?> type) {
        try {
            IRemoteServiceReference[] refs = references(type);
            if (refs == null || refs.length == 0) {
                throw new MutualisException("Le service " + type.getSimpleName()
                        + " n'est pas disponible sur ce serveur (module non installé ?).");
            }
            IRemoteService remote = adapter.getRemoteService(refs[0]);
            Object ecfProxy = remote.getProxy(type.getClassLoader(), new Class<?>[] { type });
            InvocationHandler unwrap = (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(ecfProxy, args);
                }
                if (method.isAnnotationPresent(Idempotent.class)) {
                    return once(remote, method, args);
                }
                try {
                    return method.invoke(ecfProxy, args);
                } catch (InvocationTargetException e) {
                    throw unwrap(e.getCause());
                }
            };
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, unwrap);
        } catch (MutualisException e) {
            throw e;
        } catch (Exception e) {
            throw new ConnexionImpossibleException("Service " + type.getSimpleName() + " inaccessible : " + e.getMessage());
        }
    }

    /** The server announces its services just after the connection opens: wait a little for them. */
    private IRemoteServiceReference[] references(Class<?> type) throws Exception {
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MS;
        IRemoteServiceReference[] refs = adapter.getRemoteServiceReferences(target, type.getName(), null);
        while ((refs == null || refs.length == 0) && System.currentTimeMillis() < deadline && isConnected()) {
            Thread.sleep(50);
            refs = adapter.getRemoteServiceReferences(target, type.getName(), null);
        }
        return refs;
    }

    /**
     * A call of an {@link Idempotent} method: its arguments followed by a request id (the server takes it off before
     * the method runs). Without an answer, the caller learns the id to retry with ({@link ReponsePerdueException}).
     */
    private Object once(IRemoteService remote, Method method, Object[] args) {
        RequestId request = RequestIds.next();
        Object[] withId = args == null ? new Object[1] : Arrays.copyOf(args, args.length + 1);
        withId[withId.length - 1] = request;
        try {
            return remote.callSync(new Call(method.getName(), withId, IRemoteCall.DEFAULT_TIMEOUT));
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MutualisException refused) {
                    throw refused; // the server answered with a refusal: nothing written
                }
            }
            throw new ReponsePerdueException("Le serveur " + address + " n'a pas répondu à la demande (connexion "
                    + "perdue ou délai dépassé) : elle a peut-être été enregistrée. Elle peut être renvoyée sans "
                    + "risque de doublon.", request);
        }
    }

    private Throwable unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MutualisException) {
                return t;
            }
        }
        if (!isConnected()) {
            String reason = closing.reason;
            return new ConnexionImpossibleException(reason != null ? reason
                    : "La connexion au serveur " + address + " a été perdue.");
        }
        return new MutualisException("Le serveur n'a pas pu traiter la demande : "
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
    }

    @Override
    public void close() {
        dispose(container);
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
    private static final class Closing implements IContainerListener {
        volatile String reason;

        @Override
        public void handleEvent(IContainerEvent event) {
            if (event instanceof IContainerEjectedEvent ejected && ejected.getReason() instanceof String text) {
                reason = text;
            }
        }
    }
}
