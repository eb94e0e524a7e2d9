package fr.mutualis.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.Idempotent;
import fr.mutualis.core.api.Permission;
import fr.mutualis.core.api.ReadOnly;
import fr.mutualis.core.api.Role;
import fr.mutualis.payroll.api.PaieService;

/**
 * The client plays a call again on another server node, after losing the connection to the first one, when the method
 * is {@link ReadOnly} or {@link Idempotent} (docs/hosting.md). The markers must say the truth: a method a reader
 * ({@link Role#LECTURE}) may call is a read; nothing is both; the payroll reads, which no reader may call, are reads.
 */
class ReplayMarkersTest {

    @Test
    void everyMethodAReaderMayCallIsMarkedReadOnlyAndNoneIsAlsoAWrite() {
        Set<String> unmarked = new TreeSet<>();
        Set<String> both = new TreeSet<>();
        int reads = 0;
        for (Class<?> type : ExportMarkerTest.REMOTE) {
            for (Method m : type.getMethods()) {
                Permission permission = m.getAnnotation(Permission.class);
                boolean readOnly = m.isAnnotationPresent(ReadOnly.class);
                reads += readOnly ? 1 : 0;
                if (permission != null && Arrays.asList(permission.value()).contains(Role.LECTURE) && !readOnly) {
                    unmarked.add(type.getSimpleName() + "." + m.getName());
                }
                if (readOnly && m.isAnnotationPresent(Idempotent.class)) {
                    both.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(Set.of(), unmarked, "a method a reader may call must be @ReadOnly");
        assertEquals(Set.of(), both, "a method is a read or an idempotent write, not both");
        assertTrue(reads > 30, "reads found: " + reads);
    }

    @Test
    void payrollReadsAreReadsThoughNoReaderMayCallThem() throws Exception {
        for (String name : new String[] { "etatPaie", "bulletins", "journal" }) {
            Method m = Arrays.stream(PaieService.class.getMethods()).filter(x -> x.getName().equals(name)).findFirst()
                    .orElseThrow();
            assertTrue(m.isAnnotationPresent(ReadOnly.class), name);
        }
        Method valider = PaieService.class.getMethod("validerPaie", fr.mutualis.core.api.CollectiviteId.class,
                java.time.YearMonth.class);
        assertTrue(!valider.isAnnotationPresent(ReadOnly.class) && !valider.isAnnotationPresent(Idempotent.class),
                "validating a payroll is a write that is never played again");
    }
}
