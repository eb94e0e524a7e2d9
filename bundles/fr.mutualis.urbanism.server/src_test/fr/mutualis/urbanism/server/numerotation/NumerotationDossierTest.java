package fr.mutualis.urbanism.server.numerotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.urbanism.api.NumeroDossier;
import fr.mutualis.urbanism.api.TypeDossier;

class NumerotationDossierTest {

    @ParameterizedTest(name = "{0} {1} {2}, dernier {3} : {4}")
    @CsvSource({
            "PC,   75056, 2024, 0,     PC 075 056 24 00001",
            "PCMI, 75056, 2024, 1,     PC 075 056 24 00002",
            "DP,   01001, 2026, 41,    DP 001 001 26 00042",
            "PA,   2A004, 2025, 9,     PA 02A 004 25 00010",
            "PD,   2b033, 2024, 0,     PD 02B 033 24 00001",
            "CUa,  97411, 2024, 99,    CU 974 411 24 00100",
            "CUb,  97611, 2024, 99998, CU 976 611 24 99999",
            "DP,   ' 97101 ', 2009, 0, DP 971 101 09 00001" })
    void nextNumber(TypeDossier type, String insee, int annee, int derniere, String attendu) {
        assertEquals(attendu, NumerotationDossier.suivant(type, insee, annee, derniere).format());
    }

    @Test
    void refusesWhenTheSeriesIsExhausted() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> NumerotationDossier.suivant(TypeDossier.PCMI, "75056", 2024, 99_999));
        assertEquals("Plus aucun numéro disponible pour les dossiers PC de la commune 75056 en 2024 : le numéro 99999 "
                + "est atteint.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 100_000 })
    void refusesAnImpossibleLastSequence(int derniere) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> NumerotationDossier.suivant(TypeDossier.PC, "75056", 2024, derniere));
        assertEquals("Dernier numéro utilisé invalide : " + derniere + ". Attendu : de 0 (aucun) à 99999.",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "7505", "20004", "2C004", "97100", "ABCDE" })
    void refusesBadInseeCodes(String insee) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> NumerotationDossier.suivant(TypeDossier.PC, insee, 2024, 0));
        assertTrue(e.getMessage().startsWith("Code INSEE de commune invalide"), e.getMessage());
    }

    @Test
    void refusesMissingTypeOrBadYear() {
        assertThrows(DonneeInvalideException.class, () -> NumerotationDossier.suivant(null, "75056", 2024, 0));
        assertThrows(DonneeInvalideException.class, () -> NumerotationDossier.suivant(TypeDossier.PC, null, 2024, 0));
        assertThrows(DonneeInvalideException.class, () -> NumerotationDossier.suivant(TypeDossier.PC, "75056", 24, 0));
    }

    @Test
    void nextModificationAndTransferOfAPermit() {
        NumeroDossier permis = NumeroDossier.parse("PC 075 056 24 00001");
        assertEquals("PC 075 056 24 00001M01", NumerotationDossier.modificatifSuivant(permis, 0).format());
        assertEquals("PC 075 056 24 00001M03", NumerotationDossier.modificatifSuivant(permis, 2).format());
        assertEquals("PC 075 056 24 00001T01", NumerotationDossier.transfertSuivant(permis, 0).format());
        assertEquals("PA 02A 004 25 00010T99",
                NumerotationDossier.transfertSuivant(NumeroDossier.parse("PA 02A 004 25 00010"), 98).format());
    }

    @Test
    void refusesSuffixesBeyond99OrOnADeclaration() {
        NumeroDossier permis = NumeroDossier.parse("PC 075 056 24 00001");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> NumerotationDossier.modificatifSuivant(permis, 99));
        assertEquals("Impossible de numéroter un nouveau permis modificatif du permis PC 075 056 24 00001 après le "
                + "rang 99. Attendu : un dernier rang de 0 (aucun) à 98.", e.getMessage());
        e = assertThrows(DonneeInvalideException.class,
                () -> NumerotationDossier.transfertSuivant(NumeroDossier.parse("DP 075 056 24 00001"), 0));
        assertEquals("Un suffixe T01 ne s'applique qu'à un permis (PC, PA, PD) : A423-4.", e.getMessage());
        assertThrows(DonneeInvalideException.class, () -> NumerotationDossier.transfertSuivant(null, 0));
    }
}
