package fr.mutualis.remote.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLServerSocketFactory;

import org.eclipse.ecf.core.events.IContainerDisconnectedEvent;
import org.eclipse.ecf.core.events.IContainerEjectedEvent;
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
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.core.server.security.AccessPolicy;
import fr.mutualis.core.server.security.Authenticator;
import fr.mutualis.core.server.security.Permissions;

/**
 * Exports every OSGi service registered with {@code service.exported.interfaces=*} over the ECF generic provider, with
 * TLS or (on loopback only) in plain TCP, as the configuration says (see {@link Transport}). Each exported interface is
 * registered through a {@link Guard}; ECF runs the {@link CallPolicy} before each call and the {@link ConnectPolicy}
 * when a client connects.
 */
@Component(immediate = true)
public final class RemoteServer {

    private static final System.Logger LOG = System.getLogger(RemoteServer.class.getName());
    static final String EXPORTED = "service.exported.interfaces";

    private final Sessions sessions = new Sessions();
    private final Map<IRemoteServiceRegistration, Class<?>> interfaces = new ConcurrentHashMap<>();
    private final ServerSOContainer container;
    private final ServiceRegistration<SSLServerSocketFactory> tlsRegistration;
    private final IRemoteServiceContainerAdapter adapter;
    private final ServiceTracker<Object, List<IRemoteServiceRegistration>> exported;

    @Activate
    public RemoteServer(@Reference ServerConfig config, @Reference Authenticator authenticator,
            @Reference AccessPolicy policy, BundleContext context) throws Exception {
        Transport transport;
        try {
            transport = Transport.from(config);
        } catch (IllegalStateException e) {
            LOG.log(Level.ERROR, "Remote services NOT started: " + e.getMessage());
            throw e;
        }
        ISharedObjectContainerConfig containerConfig = new SOContainerConfig(
                IDFactory.getDefault().createStringID(transport.url()));
        if (transport.tls()) {
            SSLServerSocketFactory factory = ServerTls.factory(transport);
            // ECF's TLS provider looks the factory up as a service.
            this.tlsRegistration = context.registerService(SSLServerSocketFactory.class, factory, null);
            this.container = new MutualisSslServerContainer(containerConfig, ServerTls.listen(factory, transport));
        } else {
            this.tlsRegistration = null;
            this.container = new MutualisServerContainer(containerConfig, InetAddress.getByName(transport.host()));
        }
        container.setConnectPolicy(new ConnectPolicy(authenticator, sessions));
        container.addListener(event -> {
            if (event instanceof IContainerDisconnectedEvent e) {
                sessions.close(e.getTargetID());
            } else if (event instanceof IContainerEjectedEvent e) {
                sessions.close(e.getTargetID());
            }
        });
        this.adapter = (IRemoteServiceContainerAdapter) container.getAdapter(IRemoteServiceContainerAdapter.class);
        adapter.setRemoteServiceCallPolicy(new CallPolicy(sessions, policy, interfaces));
        this.exported = new ServiceTracker<>(context, context.createFilter("(" + EXPORTED + "=*)"), new Exporter(context));
        exported.open(true);
        LOG.log(Level.INFO, "Mutualis remote services listening on {0}", transport.url());
        System.out.println("Mutualis : services distants à l'écoute sur " + transport.url());
    }

    @Deactivate
    void stop() {
        exported.close();
        container.dispose();
        if (tlsRegistration != null) {
            tlsRegistration.unregister();
        }
    }

    /** Registers each interface of an exported service through a guard proxy; unregisters when it goes. */
    private final class Exporter implements ServiceTrackerCustomizer<Object, List<IRemoteServiceRegistration>> {

        private final BundleContext context;

        Exporter(BundleContext context) {
            this.context = context;
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
                            new Guard(iface, service));
                    IRemoteServiceRegistration registration = adapter.registerRemoteService(new String[] { name },
                            guard, new Hashtable<>());
                    interfaces.put(registration, iface);
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
                registration.unregister();
            }
            context.ungetService(reference);
        }
    }
}
