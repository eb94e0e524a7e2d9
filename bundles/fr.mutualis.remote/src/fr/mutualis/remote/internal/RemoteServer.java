package fr.mutualis.remote.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLServerSocketFactory;

import org.eclipse.ecf.core.events.IContainerDisconnectedEvent;
import org.eclipse.ecf.core.events.IContainerEjectedEvent;
import org.eclipse.ecf.core.identity.ID;
import org.eclipse.ecf.core.identity.IDFactory;
import org.eclipse.ecf.core.sharedobject.ISharedObjectContainerConfig;
import org.eclipse.ecf.provider.generic.SOContainerConfig;
import org.eclipse.ecf.provider.generic.ServerSOContainer;
import org.eclipse.ecf.remoteservice.IRemoteServiceContainerAdapter;
import org.eclipse.ecf.remoteservice.IRemoteServiceRegistration;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.core.server.security.Permissions;
import fr.mutualis.core.server.security.SessionTokens;
import fr.mutualis.core.server.spi.ConnectedClients;
import fr.mutualis.core.server.spi.IdempotentCalls;
import fr.mutualis.core.server.spi.ModulesStarted;

/**
 * Exports every OSGi service registered with {@code mutualis.remote=true} (a private marker that no standard Remote
 * Service Admin reads; the {@link DistributionGuard} keeps one from running beside us) over the ECF generic provider,
 * with TLS or (on loopback only) in plain TCP, as the configuration says (see {@link Transport}). Each exported
 * interface is registered through a {@link Guard}; ECF runs the {@link CallPolicy} before each call and the
 * {@link ConnectPolicy} when a client joins, after the {@link Gate} has checked its login frame. It also ends the
 * sessions of an account whose password, state or roles changed (event {@value #ACCOUNT_CHANGED}, property
 * {@code login}). The server product starts it before the modules (start levels), so the port listens early;
 * logins wait until the modules have started ({@link ModulesStarted}).
 */
@Component(immediate = true, service = { EventHandler.class, ConnectedClients.class },
        property = EventConstants.EVENT_TOPIC + "=" + RemoteServer.ACCOUNT_CHANGED)
public final class RemoteServer implements EventHandler, ConnectedClients {

    private static final System.Logger LOG = System.getLogger(RemoteServer.class.getName());
    static final String EXPORTED = "mutualis.remote";
    static final String ACCOUNT_CHANGED = "fr/mutualis/security/ACCOUNT_CHANGED";
    static final String SESSION_CLOSED = "Votre session a été fermée par le serveur (mot de passe changé ou droits "
            + "retirés) : reconnectez-vous.";

    private final Sessions sessions = new Sessions();
    private final Map<IRemoteServiceRegistration, Class<?>> interfaces = new ConcurrentHashMap<>();
    private final ServerSOContainer container;
    private final Gate gate;
    private final ModulesStarted modules;
    private final ServiceRegistration<SSLServerSocketFactory> tlsRegistration;
    private final IRemoteServiceContainerAdapter adapter;
    private final MutualisRegistry registry;
    private final CallExecutor calls;
    private final ServiceTracker<Object, List<IRemoteServiceRegistration>> exported;

    @Activate
    public RemoteServer(@Reference ServerConfig config, @Reference Authenticator authenticator,
            @Reference SessionTokens tokens, @Reference AccessPolicy policy,
            @Reference DistributionGuard noOtherDistribution, @Reference IdempotentCalls idempotent,
            BundleContext context)
            throws Exception {
        Transport transport;
        try {
            transport = Transport.from(config);
        } catch (IllegalStateException e) {
            LOG.log(Level.ERROR, "Remote services NOT started: " + e.getMessage());
            throw e;
        }
        Limits limits = Limits.from(config);
        ISharedObjectContainerConfig containerConfig = new SOContainerConfig(
                IDFactory.getDefault().createStringID(transport.url()));
        ServerSocket listener;
        Gate.Handoff handoff;
        if (transport.tls()) {
            SSLServerSocketFactory factory = ServerTls.factory(transport);
            // ECF's TLS provider looks the factory up as a service.
            this.tlsRegistration = context.registerService(SSLServerSocketFactory.class, factory, null);
            TlsGroup group = new TlsGroup(transport.port(), limits);
            this.container = new MutualisSslServerContainer(containerConfig, group);
            listener = ServerTls.listen(factory, transport);
            handoff = group::join;
        } else {
            this.tlsRegistration = null;
            PlainGroup group = new PlainGroup(transport.port(), limits);
            this.container = new MutualisServerContainer(containerConfig, group);
            listener = new ServerSocket(transport.port(), 50, InetAddress.getByName(transport.host()));
            handoff = group::handleAccept;
        }
        container.setConnectPolicy(new ConnectPolicy(sessions));
        container.addListener(event -> {
            if (event instanceof IContainerDisconnectedEvent e) {
                sessions.close(e.getTargetID());
            } else if (event instanceof IContainerEjectedEvent e) {
                sessions.close(e.getTargetID());
            }
        });
        // ECF's adapter factory would add its own registry under this ID; ours checks who sends each request.
        this.calls = CallExecutor.from(config);
        this.registry = new MutualisRegistry(calls);
        container.getSharedObjectManager().addSharedObject(
                IDFactory.getDefault().createStringID(IRemoteServiceContainerAdapter.class.getName()), registry, null);
        this.adapter = (IRemoteServiceContainerAdapter) container.getAdapter(IRemoteServiceContainerAdapter.class);
        if (adapter != registry) {
            throw new IllegalStateException("ECF did not use the Mutualis remote-service registry");
        }
        adapter.setRemoteServiceCallPolicy(new CallPolicy(sessions, policy, interfaces));
        this.modules = new ModulesStarted(context);
        this.gate = new Gate(listener, limits, authenticator, tokens, sessions,
                millis -> modules.await(Duration.ofMillis(millis)), handoff).start();
        this.exported = new ServiceTracker<>(context, context.createFilter("(" + EXPORTED + "=true)"),
                new Exporter(context, idempotent));
        exported.open(true);
        LOG.log(Level.INFO, "Mutualis remote services listening on {0}", transport.url());
        System.out.println("Mutualis : services distants à l'écoute sur " + transport.url());
    }

    /** The logged-in clients connected right now, for {@code mutualis:health}. */
    @Override
    public int count() {
        return sessions.size();
    }

    @Deactivate
    void stop() {
        gate.close();
        modules.close();
        exported.close();
        container.dispose();
        calls.close();
        if (tlsRegistration != null) {
            tlsRegistration.unregister();
        }
    }

    /** Ends every live session of the account named by the event; its client is told why on its next call. */
    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty("login") instanceof String login)) {
            return;
        }
        List<ID> clients = sessions.of(login);
        if (clients.isEmpty()) {
            return;
        }
        LOG.log(Level.INFO, "Account {0} changed: closing its {1} session(s)", login, clients.size());
        // ECF's ejection event names the ejected member as its local container, not its target: close it here
        Thread closer = new Thread(() -> clients.forEach(id -> {
            container.ejectGroupMember(id, SESSION_CLOSED);
            sessions.close(id);
        }), "mutualis-session-closer");
        closer.setDaemon(true);
        closer.start();
    }

    /** Registers each interface of an exported service through a guard proxy; unregisters when it goes. */
    private final class Exporter implements ServiceTrackerCustomizer<Object, List<IRemoteServiceRegistration>> {

        private final BundleContext context;
        private final IdempotentCalls idempotent;

        Exporter(BundleContext context, IdempotentCalls idempotent) {
            this.context = context;
            this.idempotent = idempotent;
        }

        @Override
        public List<IRemoteServiceRegistration> addingService(ServiceReference<Object> reference) {
            Object service = context.getService(reference);
            List<IRemoteServiceRegistration> registrations = new ArrayList<>();
            for (String name : (String[]) reference.getProperty("objectClass")) {
                try {
                    Class<?> iface = reference.getBundle().loadClass(name);
                    if (!iface.isInterface() || !defectsOk(iface)) {
                        continue;
                    }
                    Object guard = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] { iface },
                            new Guard(iface, service, idempotent));
                    IRemoteServiceRegistration registration = adapter.registerRemoteService(new String[] { name },
                            guard, new Hashtable<>());
                    interfaces.put(registration, iface);
                    registry.exported(registration, iface);
                    registrations.add(registration);
                    LOG.log(Level.INFO, "Exported {0}", name);
                } catch (ClassNotFoundException e) {
                    LOG.log(Level.ERROR, "Cannot export " + name, e);
                }
            }
            return registrations;
        }

        /** A remote interface with a method lacking a valid permission is not exported at all. */
        private boolean defectsOk(Class<?> iface) {
            for (var method : iface.getMethods()) {
                String defect = Permissions.defect(method);
                if (defect != null) {
                    LOG.log(Level.ERROR, "Not exporting {0}: {1}", iface.getName(), defect);
                    return false;
                }
            }
            return true;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, List<IRemoteServiceRegistration> service) {
            // exported interfaces are fixed at registration
        }

        @Override
        public void removedService(ServiceReference<Object> reference, List<IRemoteServiceRegistration> registrations) {
            for (IRemoteServiceRegistration registration : registrations) {
                interfaces.remove(registration);
                registry.withdrawn(registration);
                registration.unregister();
            }
            context.ungetService(reference);
        }
    }
}
