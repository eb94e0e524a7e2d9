package fr.mutualis.urbanism.ui.liste;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The highlighting of the dossier list, from the days left before the date limite. */
class UrgenceTest {

    @Test
    void underFifteenDaysIsUrgentAndPastTheDateLimiteIsOverdue() {
        assertEquals(Urgence.NORMALE, Urgence.de(null));
        assertEquals(Urgence.NORMALE, Urgence.de(15));
        assertEquals(Urgence.PROCHE, Urgence.de(14));
        assertEquals(Urgence.PROCHE, Urgence.de(0));
        assertEquals(Urgence.DEPASSEE, Urgence.de(-1));
    }

    @Test
    void theDaysLeftReadAsAPersonSaysThem() {
        assertEquals("—", Urgence.texte(null));
        assertEquals("12", Urgence.texte(12));
        assertEquals("0 (dernier jour)", Urgence.texte(0));
        assertEquals("dépassée de 3 j", Urgence.texte(-3));
    }
}
