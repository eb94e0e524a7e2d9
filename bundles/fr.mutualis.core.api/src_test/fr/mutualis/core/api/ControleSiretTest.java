package fr.mutualis.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControleSiretTest {

    @ParameterizedTest
    @ValueSource(strings = { "732829320", "200000172", "356000000", "216901231" })
    void validSiren(String siren) {
        assertTrue(ControleSiret.sirenValide(siren));
        assertEquals(List.of(), ControleSiret.verifier(siren));
    }

    @ParameterizedTest
    @ValueSource(strings = { "732829321", "123456789", "73282932", "7328293200", "73282932A" })
    void invalidSiren(String siren) {
        assertFalse(ControleSiret.sirenValide(siren));
    }

    @ParameterizedTest
    @ValueSource(strings = { "73282932000074", "21690123100011", "35600000000048" })
    void validSiretByLuhn(String siret) {
        assertTrue(ControleSiret.siretValide(siret));
    }

    @ParameterizedTest
    @ValueSource(strings = { "35600000009075", "35600000049440", "35600000000024" })
    void laPosteEstablishmentsUseTheSumOfDigitsModulo5(String siret) {
        assertTrue(ControleSiret.siretValide(siret), siret);
    }

    @ParameterizedTest
    @ValueSource(strings = { "73282932000079", "35600000009076", "12300000000016", "7328293200007", "7328293200007A" })
    void invalidSiret(String siret) {
        assertFalse(ControleSiret.siretValide(siret), siret);
    }

    @Test
    void aSiretWhoseSirenIsInvalidIsInvalidEvenIfItsOwnKeyMatches() {
        assertTrue(ControleSiret.luhn("12345678900007"));
        assertFalse(ControleSiret.sirenValide("123456789"));
        assertFalse(ControleSiret.siretValide("12345678900007"));
    }

    @Test
    void messagesAreInFrench() {
        assertEquals(List.of("SIRET invalide : 73282932000079 (14 chiffres dont une clé de contrôle)."),
                ControleSiret.verifier("73282932000079"));
        assertEquals(List.of("SIREN invalide : 732829321 (9 chiffres dont une clé de contrôle)."),
                ControleSiret.verifier("732829321"));
        assertEquals(List.of("Identifiant invalide : 1234 (attendu : SIREN de 9 chiffres ou SIRET de 14 chiffres)."),
                ControleSiret.verifier("1234"));
        assertEquals(List.of(), ControleSiret.verifier(null));
    }

    @Test
    void theLuhnKeyCompletesEightDigitsIntoAValidSiren() {
        assertEquals("732829320", ControleSiret.avecCle("73282932"));
        assertTrue(ControleSiret.sirenValide(ControleSiret.avecCle("91234567")));
        assertFalse(ControleSiret.sirenValide("73282932a"));
    }
}
