package fr.mutualis.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.testing.OsgiServices;

/**
 * Exports as small as the design: a server bundle exports a package only if another bundle imports it (this test
 * runtime holds every server bundle, the console and the remote layer). Test fragments see their host's packages
 * without any export.
 */
class ServerExportsTest {

    @Test
    void everyPackageAServerBundleExportsIsImportedByAnotherBundle() {
        OsgiServices.service(CollectiviteService.class); // the server bundles are resolved and started
        Set<String> servers = new TreeSet<>();
        Set<String> unused = new TreeSet<>();
        for (Bundle bundle : OsgiServices.contextOf(ServerExportsTest.class).getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || !name.startsWith("fr.mutualis.") || !name.endsWith(".server")) {
                continue;
            }
            servers.add(name);
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            for (BundleCapability export : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = (String) export.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                boolean imported = false;
                for (BundleWire wire : wiring.getProvidedWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                    imported |= wire.getCapability().equals(export) && wire.getRequirer().getBundle() != bundle;
                }
                if (!imported) {
                    unused.add(name + " exports " + pkg);
                }
            }
        }
        assertTrue(servers.containsAll(List.of("fr.mutualis.core.server", "fr.mutualis.budget.server",
                "fr.mutualis.payroll.server", "fr.mutualis.urbanism.server")), servers.toString());
        assertEquals(Set.of(), unused, "make these packages private (remove them from Export-Package)");
    }
}
