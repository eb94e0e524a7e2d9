package fr.mutualis.remote.internal;

import java.lang.System.Logger.Level;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Keeps the remote layer closed while a standard OSGi Remote Service Admin or topology manager (ECF's, Aries RSA,
 * CXF DOSGi) is installed: such a distribution provider exports services on its own, without the Mutualis
 * {@link Guard}. This guard registers itself as a service only while none is present; {@link RemoteServer} references
 * it, so the remote layer does not open beside one, and closes the moment one is installed.
 */
@Component(immediate = true, service = {})
public final class DistributionGuard {

    private static final System.Logger LOG = System.getLogger(DistributionGuard.class.getName());
    static final String RSA_SERVICE = "org.osgi.service.remoteserviceadmin.RemoteServiceAdmin";
    /** Symbolic names (or their start) of the distribution providers and topology managers we know of. */
    static final List<String> DISTRIBUTION_BUNDLES = List.of("org.eclipse.ecf.osgi.services.remoteserviceadmin",
            "org.eclipse.ecf.osgi.services.distribution", "org.apache.aries.rsa.", "org.apache.cxf.dosgi.");

    private final BundleContext context;
    private final BundleListener bundles = event -> update();
    private final ServiceListener services = event -> update();
    private ServiceRegistration<DistributionGuard> clear;
    private boolean refused;
    private boolean closed;

    @Activate
    public DistributionGuard(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        context.addBundleListener(bundles);
        context.addServiceListener(services, "(objectClass=" + RSA_SERVICE + ")");
        update();
    }

    @Deactivate
    synchronized void close() {
        closed = true;
        context.removeServiceListener(services);
        context.removeBundleListener(bundles);
        if (clear != null) {
            clear.unregister();
            clear = null;
        }
    }

    /** The distribution provider installed in this framework, described for a log line, or null if there is none. */
    static String distribution(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && bundle.getState() != Bundle.UNINSTALLED
                    && DISTRIBUTION_BUNDLES.stream().anyMatch(name::startsWith)) {
                return "bundle " + name + " " + bundle.getVersion();
            }
        }
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(RSA_SERVICE, null);
            if (refs != null) {
                return "service " + RSA_SERVICE + " registered by " + refs[0].getBundle().getSymbolicName();
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    private synchronized void update() {
        if (closed) {
            return;
        }
        String found = distribution(context);
        if (found == null) {
            if (clear == null) {
                clear = context.registerService(DistributionGuard.class, this, null);
                refused = false;
            }
            return;
        }
        if (clear != null) {
            clear.unregister();
            clear = null;
        }
        if (!refused) {
            refuse(found);
        }
    }

    private void refuse(String found) {
        refused = true;
        LOG.log(Level.ERROR, "Remote services NOT started (or stopped): a standard OSGi Remote Service Admin or "
                + "topology manager is installed (" + found + "); it would export services without the Mutualis "
                + "guard. Uninstall it and restart the server.");
        System.out.println("Mutualis : services distants NON démarrés : un distributeur OSGi standard (Remote "
                + "Service Admin) est installé (" + found + ") ; retirez-le puis redémarrez le serveur.");
    }
}
