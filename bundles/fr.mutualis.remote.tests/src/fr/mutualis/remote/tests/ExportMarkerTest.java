package fr.mutualis.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.NomenclatureService;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.AuthenticatedOnly;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.core.api.Permission;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.DocumentsPaieService;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.testing.OsgiServices;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * Services are marked for remote export with the private property {@code mutualis.remote=true}, which only
 * fr.mutualis.remote reads: a standard OSGi Remote Service Admin, if one were ever installed, would find no service
 * carrying {@code service.exported.interfaces} and so export nothing behind the Mutualis guard's back.
 */
class ExportMarkerTest {

    static final List<Class<?>> REMOTE = List.of(CollectiviteService.class, BudgetService.class,
            BordereauService.class, ExecutionService.class, NomenclatureService.class, TiersService.class,
            AgentService.class, PaieService.class, ImportAgentsService.class, DocumentsPaieService.class,
            UrbanismeService.class);

    @Test
    void everyRemoteServiceCarriesThePrivateMarkerAndNoneTheStandardOne() throws Exception {
        REMOTE.forEach(OsgiServices::service); // every module is up
        BundleContext context = OsgiServices.contextOf(ExportMarkerTest.class);

        assertNull(context.getAllServiceReferences(null, "(service.exported.interfaces=*)"),
                "no service may carry the standard OSGi export property");
        assertNull(context.getAllServiceReferences(null, "(service.exported.configs=*)"));

        Set<String> marked = new TreeSet<>();
        for (ServiceReference<?> ref : context.getAllServiceReferences(null, "(mutualis.remote=true)")) {
            marked.addAll(Arrays.asList((String[]) ref.getProperty("objectClass")));
        }
        Set<String> remoteApis = new TreeSet<>();
        Set<String> unmarked = new TreeSet<>();
        for (ServiceReference<?> ref : context.getAllServiceReferences(null, null)) {
            for (String name : (String[]) ref.getProperty("objectClass")) {
                if (isRemoteApi(ref, name)) {
                    remoteApis.add(name);
                    if (!Boolean.TRUE.equals(marked(ref))) {
                        unmarked.add(name + " registered by " + ref.getBundle().getSymbolicName());
                    }
                }
            }
        }
        assertEquals(Set.of(), unmarked, "a service implementing a remote API must carry mutualis.remote=true");
        assertTrue(remoteApis.containsAll(names(REMOTE)), remoteApis.toString());
        assertEquals(remoteApis, marked, "only the remote APIs are marked for export");
    }

    /** The DS property is a String "true" unless typed; both count. */
    private static Boolean marked(ServiceReference<?> ref) {
        Object value = ref.getProperty("mutualis.remote");
        return value == null ? null : Boolean.valueOf(value.toString());
    }

    /** An interface of a Mutualis API package whose methods carry the remote permissions annotations. */
    private static boolean isRemoteApi(ServiceReference<?> ref, String name) {
        if (!name.matches("fr\\.mutualis\\.[a-z]+\\.api\\.[A-Za-z]+")) {
            return false;
        }
        try {
            Class<?> type = ref.getBundle().loadClass(name);
            return type.isInterface() && Arrays.stream(type.getMethods()).anyMatch(
                    m -> m.isAnnotationPresent(Permission.class) || m.isAnnotationPresent(AuthenticatedOnly.class));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static Set<String> names(List<Class<?>> types) {
        Set<String> names = new TreeSet<>();
        types.forEach(t -> names.add(t.getName()));
        return names;
    }
}
