package fr.mutualis.urbanism.ui.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.urbanism.api.EtatDossier;

/** Which buttons the dossier view offers, from the states the server says are reachable. */
class ActeInstructionTest {

    @Test
    void aFiledDossierMayBeCompletedExtendedOrWithdrawn() {
        assertEquals(List.of(ActeInstruction.DEMANDER_PIECES, ActeInstruction.DECLARER_COMPLET,
                ActeInstruction.MAJORER, ActeInstruction.RETIRER), ActeInstruction.possibles(EnumSet.of(
                        EtatDossier.INCOMPLET, EtatDossier.EN_INSTRUCTION, EtatDossier.MAJORE, EtatDossier.RETIRE)));
    }

    @Test
    void oneButtonDecidesAmongTheDecisionsAllowed() {
        EnumSet<EtatDossier> possibles = EnumSet.of(EtatDossier.MAJORE, EtatDossier.ACCORD, EtatDossier.OPPOSITION,
                EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, EtatDossier.RETIRE);

        assertEquals(List.of(ActeInstruction.MAJORER, ActeInstruction.STATUER, ActeInstruction.RETIRER),
                ActeInstruction.possibles(possibles));
        assertEquals(List.of(EtatDossier.ACCORD, EtatDossier.ACCORD_AVEC_PRESCRIPTIONS, EtatDossier.OPPOSITION),
                ActeInstruction.STATUER.ciblesPermises(possibles));
    }

    @Test
    void aDecidedDossierOffersNoAct() {
        assertEquals(List.of(), ActeInstruction.possibles(EnumSet.noneOf(EtatDossier.class)));
    }
}
