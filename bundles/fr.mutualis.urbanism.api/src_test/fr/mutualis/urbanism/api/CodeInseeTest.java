package fr.mutualis.urbanism.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;

class CodeInseeTest {

    @ParameterizedTest
    @CsvSource({
            "75056, 75, 075, 056",
            "01001, 01, 001, 001",
            "2A004, 2A, 02A, 004",
            "2B033, 2B, 02B, 033",
            "95690, 95, 095, 690",
            "97101, 971, 971, 101",
            "97411, 974, 974, 411",
            "97611, 976, 976, 611" })
    void splitsIntoA423DepartementAndCommune(String code, String departement, String depA423, String communeA423) {
        CodeInsee insee = new CodeInsee(code);
        assertEquals(departement, insee.departement());
        assertEquals(depA423, insee.departementA423());
        assertEquals(communeA423, insee.communeA423());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "7505", "750560", "20004", "96001", "00001", "2C004", "75000", "97100", "9741A",
            "97011", "75056 " })
    void refusesMalformedCodes(String code) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new CodeInsee(code));
        assertTrue(e.getMessage().startsWith("Code INSEE de commune invalide : « " + code + " »"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "97501", "97701", "97801", "98735" })
    void refusesOverseasCollectivitiesOutsideTheUrbanismCode(String code) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> new CodeInsee(code));
        assertTrue(e.getMessage().contains("propres règles d'urbanisme"), e.getMessage());
    }

    @Test
    void refusesNullAndNormalizesTyping() {
        assertThrows(DonneeInvalideException.class, () -> new CodeInsee(null));
        assertThrows(DonneeInvalideException.class, () -> CodeInsee.of(null));
        assertEquals("2A004", CodeInsee.of(" 2a004 ").code());
    }
}
