package fr.mutualis.budget.server.afaire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/** A chapter is "nearly exhausted" for « À faire » below 10 % of its opened credits still available. */
class AFaireBudgetTest {

    private static LigneExecution chapitre(String ouverts, String realise) {
        return new LigneExecution(Section.FONCTIONNEMENT, Sens.DEPENSE, "011", new BigDecimal(ouverts),
                BigDecimal.ZERO.setScale(2), new BigDecimal(realise));
    }

    @Test
    void belowTenPercentAvailableIsNearlyExhausted() {
        assertTrue(AFaireBudget.presqueEpuise(chapitre("10000.00", "9000.01")), "999,99 € of 10 000 €");
        assertTrue(AFaireBudget.presqueEpuise(chapitre("10000.00", "10000.00")), "nothing left");
        assertFalse(AFaireBudget.presqueEpuise(chapitre("10000.00", "9000.00")), "exactly 10 % left");
        assertFalse(AFaireBudget.presqueEpuise(chapitre("10000.00", "0.00")));
        assertFalse(AFaireBudget.presqueEpuise(chapitre("0.00", "0.00")), "a chapter without credits is not listed");
    }
}
