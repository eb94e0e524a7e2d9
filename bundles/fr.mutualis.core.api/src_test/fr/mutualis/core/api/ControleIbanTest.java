package fr.mutualis.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControleIbanTest {

    /** The IBAN example of the French banking federation (BNP Paribas RIB 30004 00003 12345678901 43). */
    private static final String IBAN_BNP = "FR7630004000031234567890143";

    @ParameterizedTest
    @ValueSource(strings = { IBAN_BNP, "FR7630006000011234567890189", "FR1420041010050500013M02606",
            "DE89370400440532013000", "GB82WEST12345698765432" })
    void validIban(String iban) {
        assertTrue(ControleIban.valide(iban), iban);
        assertNull(ControleIban.probleme(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = { "FR7630006000011234567890188", "FR7630006000011234567890198", "DE89370400440532013001",
            "FR76 3000 6000 0112 3456 7890 189", "fr7630006000011234567890189", "FR76300060000112345678901", "" })
    void invalidIban(String iban) {
        assertFalse(ControleIban.valide(iban), iban);
    }

    @Test
    void theMessageSaysWhatIsWrongWithoutRepeatingTheIban() {
        assertEquals(1, ControleIban.modulo97(IBAN_BNP));
        assertEquals("IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond pas au numéro. Vérifiez "
                + "la saisie sur le relevé d'identité bancaire.", ControleIban.probleme("FR7630004000031234567890144"));
        assertEquals("IBAN invalide : un IBAN français compte 27 caractères, 26 saisi(s).",
                ControleIban.probleme("FR763000400003123456789014"));
        assertTrue(ControleIban.probleme("FR76 3000").startsWith("IBAN invalide : 2 lettres de pays"));
        assertTrue(ControleIban.probleme(null).startsWith("IBAN manquant"));
        assertFalse(ControleIban.valide(null));
    }
}
