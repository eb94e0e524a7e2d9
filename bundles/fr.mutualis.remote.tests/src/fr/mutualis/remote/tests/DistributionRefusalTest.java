package fr.mutualis.remote.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

import fr.mutualis.core.server.config.ServerConfig;
import fr.mutualis.remote.internal.DistributionGuard;
import fr.mutualis.testing.OsgiServices;

/**
 * A standard OSGi Remote Service Admin or topology manager (ECF's own, Aries RSA) would export services without the
 * Mutualis guard: while one is installed, the remote layer does not listen; it opens again once it is gone. Neither
 * ECF's RSA nor a topology manager is in the target platform, so the test installs what the guard watches for: a
 * service registered under the RSA interface name, and a bundle named like ECF's topology manager.
 */
class DistributionRefusalTest {

    static final String REMOTE_SERVER = "(component.name=fr.mutualis.remote.internal.RemoteServer)";

    @Test
    void aRemoteServiceAdminServiceClosesTheRemoteLayer() throws Exception {
        BundleContext context = OsgiServices.contextOf(DistributionRefusalTest.class);
        awaitOpen();
        // the RSA interface is not on our class path: a ServiceFactory may be registered under any name
        ServiceRegistration<?> rsa = context.registerService("org.osgi.service.remoteserviceadmin.RemoteServiceAdmin",
                new ServiceFactory<Object>() {
                    @Override
                    public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
                        return null;
                    }

                    @Override
                    public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object s) {
                    }
                }, null);
        try {
            awaitClosed();
        } finally {
            rsa.unregister();
        }
        awaitOpen();
    }

    @Test
    void anInstalledTopologyManagerBundleClosesTheRemoteLayer() throws Exception {
        BundleContext context = OsgiServices.contextOf(DistributionRefusalTest.class);
        awaitOpen();
        Bundle topology = context.installBundle("test:ecf-topology-manager",
                new ByteArrayInputStream(bundle("org.eclipse.ecf.osgi.services.distribution")));
        try {
            awaitClosed();
        } finally {
            topology.uninstall();
        }
        awaitOpen();
        assertFalse(OsgiServices.hasService("(objectClass=org.osgi.service.remoteserviceadmin.RemoteServiceAdmin)"));
    }

    private static void awaitOpen() {
        OsgiServices.await("the remote layer to open", () -> OsgiServices.hasService(REMOTE_SERVER)
                && OsgiServices.hasService("(objectClass=" + DistributionGuard.class.getName() + ")")
                && !portFree());
    }

    private static void awaitClosed() {
        OsgiServices.await("the remote layer to close", () -> !OsgiServices.hasService(REMOTE_SERVER)
                && !OsgiServices.hasService("(objectClass=" + DistributionGuard.class.getName() + ")") && portFree());
        assertTrue(portFree(), "nothing listens on the remote port");
    }

    /** Whether the remote port can be bound, i.e. no server listens on it (no connection is made to the gate). */
    private static boolean portFree() {
        ServerConfig config = OsgiServices.service(ServerConfig.class);
        try (ServerSocket probe = new ServerSocket(config.getInt("remote.port", 3288), 1,
                InetAddress.getByName(config.get("remote.host", "localhost")))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A bundle holding only a manifest with that symbolic name. */
    private static byte[] bundle(String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "2.1.600.test");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        }
        return bytes.toByteArray();
    }
}
