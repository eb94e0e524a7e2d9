package fr.mutualis.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectiviteIdTest {

    @ParameterizedTest
    @ValueSource(strings = { "01001", "2A004", "2B033", "97411", "200000172" })
    void acceptsInseeCodesAndSiren(String code) {
        assertEquals(code, new CollectiviteId(code).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1001", "2C004", "0100A", "20000017", "2000001723", "01001 " })
    void refusesMalformedCodesWithAFrenchMessage(String code) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new CollectiviteId(code));
        assertTrue(e.getMessage().startsWith("Code de collectivité invalide"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(DonneeInvalideException.class, () -> new CollectiviteId(null));
    }

    @Test
    void ofNormalizesWhatAUserTypes() {
        assertEquals("2A004", CollectiviteId.of(" 2a004 ").code());
        assertTrue(CollectiviteId.of("01001").isCommuneInsee());
        assertFalse(CollectiviteId.of("200000172").isCommuneInsee());
    }

    @Test
    void roleParsingAcceptsAdminSpellingsAndListsChoicesOnError() {
        assertEquals(Role.URBANISME_INSTRUCTEUR, Role.parse("urbanisme-instructeur"));
        assertEquals(Role.SAISIE, Role.parse(" Saisie "));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> Role.parse("maire"));
        assertTrue(e.getMessage().contains("lecture, saisie, ordonnateur"), e.getMessage());
    }
}
