package fr.mutualis.budget.server.regles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControleIbanTest {

    @ParameterizedTest
    @ValueSource(strings = { "FR7630006000011234567890189", "FR1420041010050500013M02606", "DE89370400440532013000",
            "GB82WEST12345698765432" })
    void validIban(String iban) {
        assertTrue(ControleIban.valide(iban), iban);
        assertEquals(List.of(), ControleIban.verifier(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = { "FR7630006000011234567890188", "FR7630006000011234567890198", "DE89370400440532013001",
            "FR76 3000 6000 0112 3456 7890 189", "fr7630006000011234567890189", "FR76300060000112345678901" })
    void invalidIban(String iban) {
        assertFalse(ControleIban.valide(iban), iban);
    }

    @Test
    void aFrenchIbanHas27Characters() {
        String iban26 = "FR763000600001123456789018";
        assertEquals(List.of("IBAN invalide : " + iban26 + " (un IBAN français compte 27 caractères, pas 26)."),
                ControleIban.verifier(iban26));
        assertEquals(List.of("IBAN invalide : FR7630006000011234567890188 (clé de contrôle incorrecte ou caractères non "
                + "autorisés)."), ControleIban.verifier("FR7630006000011234567890188"));
    }

    @Test
    void whatAUserTypesIsNormalizedFirst() {
        assertTrue(ControleIban.valide(ControleIban.normaliser(" fr76 3000 6000 0112 3456 7890 189 ")));
    }
}
