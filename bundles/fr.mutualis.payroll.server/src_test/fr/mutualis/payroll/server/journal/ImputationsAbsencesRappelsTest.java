package fr.mutualis.payroll.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.Statut;

/** Deductions for absences and rappel lines have a budget article, so a month with them can be journaled. */
class ImputationsAbsencesRappelsTest {

    @Test
    void absencesReduceTheMainPayAndRappelsFollowTheElementTheyRecall() {
        for (String code : new String[] { "CARENCE", "MALADIE_90J", "MALADIE_DEMI", "GREVE" }) {
            assertEquals("64111", ImputationsBudgetaires.articleRemuneration(code, Statut.TITULAIRE), code);
            assertEquals("64131", ImputationsBudgetaires.articleRemuneration(code, Statut.CONTRACTUEL), code);
        }
        // the régime indemnitaire reduced with the traitement during a maladie ordinaire reduces the primes' article
        assertEquals("64118", ImputationsBudgetaires.articleRemuneration("MALADIE_RI", Statut.TITULAIRE));
        assertEquals("64111", ImputationsBudgetaires.articleRemuneration("RAPPEL_TIB", Statut.TITULAIRE));
        assertEquals("64112", ImputationsBudgetaires.articleRemuneration("RAPPEL_IR", Statut.STAGIAIRE));
        assertEquals("64113", ImputationsBudgetaires.articleRemuneration("RAPPEL_NBI", Statut.TITULAIRE));
        assertThrows(IllegalStateException.class,
                () -> ImputationsBudgetaires.articleRemuneration("RAPPEL_INCONNU", Statut.TITULAIRE));
    }
}
