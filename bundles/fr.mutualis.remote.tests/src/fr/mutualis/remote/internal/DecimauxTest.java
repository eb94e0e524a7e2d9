package fr.mutualis.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.ElementIndemnitaire;
import fr.mutualis.payroll.api.NatureElement;

/**
 * Finding 1: a value record's constructor runs while the server reads a request; an absurd amount such as
 * {@code 1E+100000000} (80 s of CPU to round to the cent) must be refused before any arithmetic.
 */
class DecimauxTest {

    static void refusedQuickly(Runnable construction) {
        long start = System.nanoTime();
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, construction::run);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 200, "refused in " + millis + " ms");
        assertTrue(e.getMessage().contains("hors limites"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, "the message does not quote the number");
    }

    @Test
    void absurdAmountsAreRefusedBeforeAnyArithmetic() {
        for (String absurd : new String[] { "1E+100000000", "1E-100000000", "1" + "0".repeat(5000) }) {
            BigDecimal amount = new BigDecimal(absurd);
            refusedQuickly(() -> new ElementIndemnitaire(NatureElement.IFSE, "IFSE", amount));
            refusedQuickly(() -> new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, amount));
        }
    }

    @Test
    void realAmountsStillPass() {
        assertEquals(new BigDecimal("1234567890.50"),
                new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("1234567890.5")).montant());
        assertEquals(new BigDecimal("-12.00"),
                new LigneCredit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, new BigDecimal("-12")).montant());
        assertEquals(new BigDecimal("350.00"),
                new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("3.5E+2")).montantMensuel());
    }
}
