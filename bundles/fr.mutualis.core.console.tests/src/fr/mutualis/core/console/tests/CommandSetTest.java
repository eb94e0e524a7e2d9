package fr.mutualis.core.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

import fr.mutualis.testing.OsgiServices;

/**
 * The scope {@code mutualis} holds exactly the commands these tests cover, each described in French (Gogo shows
 * {@code @Descriptor} texts in {@code help}).
 */
class CommandSetTest {

    @Test
    void theScopeHoldsExactlyTheTestedCommands() throws Exception {
        Gogo.shell();
        Set<String> registered = new TreeSet<>();
        for (ServiceReference<?> ref : OsgiServices.contextOf(CommandSetTest.class).getServiceReferences((String) null,
                "(osgi.command.scope=mutualis)")) {
            Object functions = ref.getProperty("osgi.command.function");
            registered.addAll(functions instanceof String[] names ? Arrays.asList(names) : List.of((String) functions));
        }

        assertEquals(new TreeSet<>(Gogo.COMMANDS), registered);
    }

    @Test
    void everyCommandAndParameterIsDescribed() throws Exception {
        Gogo.shell();
        List<String> undescribed = new ArrayList<>();
        for (ServiceReference<?> ref : OsgiServices.contextOf(CommandSetTest.class).getServiceReferences((String) null,
                "(osgi.command.scope=mutualis)")) {
            Object service = OsgiServices.contextOf(CommandSetTest.class).getService(ref);
            try {
                Object functions = ref.getProperty("osgi.command.function");
                for (String function : functions instanceof String[] names ? names : new String[] { (String) functions }) {
                    List<Method> methods = Arrays.stream(service.getClass().getMethods())
                            .filter(m -> m.getName().equals(function) || m.getName().equals("_" + function)).toList();
                    assertFalse(methods.isEmpty(), function);
                    for (Method m : methods) {
                        if (!m.isAnnotationPresent(Descriptor.class)) {
                            undescribed.add(function);
                        }
                        for (Parameter p : m.getParameters()) {
                            if (!p.isAnnotationPresent(Descriptor.class)) {
                                undescribed.add(function + "(" + p.getName() + ")");
                            }
                        }
                    }
                }
            } finally {
                OsgiServices.contextOf(CommandSetTest.class).ungetService(ref);
            }
        }

        assertEquals(List.of(), undescribed);
    }
}
