package fr.mutualis.core.server.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** What the remote gate and the init script wait for before letting logins and commands reach the modules. */
class ModulesStartedTest {

    @Test
    void aComponentProvidingAModuleDescriptorIsOneToWaitForNotOneReferencingIt() {
        assertTrue(ModulesStarted.providesDescriptor("<service>\n    <provide interface=\""
                + ModuleDescriptor.class.getName() + "\"/>\n  </service>"));
        assertFalse(ModulesStarted.providesDescriptor("<reference name=\"modules\" cardinality=\"0..n\" interface=\""
                + ModuleDescriptor.class.getName() + "\"/>"), "the core's module activations reference them");
        assertFalse(ModulesStarted.providesDescriptor("<provide interface=\"" + ModuleDescriptor.class.getName()
                + "Factory\"/>"));
    }

    @Test
    void aStartedFrameworkWithTheCoreIsStarted() throws InterruptedException {
        // the core bundle references every ModuleDescriptor but provides none: that must not keep it waiting
        ModulesStarted started = new ModulesStarted(FrameworkUtil.getBundle(ModulesStarted.class).getBundleContext());
        assertTrue(started.await(Duration.ofSeconds(30)));
        assertTrue(started.now());
    }
}
