package fr.mutualis.urbanism.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;

class NumeroDossierTest {

    @Test
    void formatsTheDomainExample() {
        NumeroDossier numero = NumeroDossier.of(TypeDossier.PC, new CodeInsee("75056"), 2024, 1);
        assertEquals("PC 075 056 24 00001", numero.format());
        assertEquals("PC 075 056 24 00001", numero.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "PCMI, 75056, 2024, 7, PC 075 056 24 00007",
            "CUa, 2A004, 2025, 12, CU 02A 004 25 00012",
            "CUb, 2B033, 2009, 99999, CU 02B 033 09 99999",
            "DP, 97411, 2030, 345, DP 974 411 30 00345",
            "PD, 97101, 2100, 1, PD 971 101 00 00001" })
    void formatsEveryTypeAndTerritory(TypeDossier type, String insee, int annee, int sequence, String attendu) {
        assertEquals(attendu, NumeroDossier.of(type, new CodeInsee(insee), annee, sequence).format());
    }

    @Test
    void parsesWhatItFormatsAndReturnsTheInseeCode() {
        NumeroDossier numero = NumeroDossier.parse("PC 974 411 24 00123");
        assertEquals(new NumeroDossier("PC", "974", "411", "24", 123, null), numero);
        assertEquals("97411", numero.codeInsee().code());
        assertEquals("2A004", NumeroDossier.parse("DP 02A 004 25 00012").codeInsee().code());
        assertEquals("75056", NumeroDossier.parse("PC 075 056 24 00001").codeInsee().code());
    }

    @Test
    void parsesCompactOrLowerCaseSpellings() {
        assertEquals("PC 075 056 24 00001M01", NumeroDossier.parse("pc0750562400001m01").format());
        assertEquals("DP 02A 004 25 00012", NumeroDossier.parse(" dp 02a 004 25  00012 ").format());
    }

    @Test
    void modificationAndTransferSuffixes() {
        NumeroDossier permis = NumeroDossier.parse("PC 075 056 24 00001");
        NumeroDossier modificatif = permis.avecSuffixe(NatureSuffixe.MODIFICATIF, 1);
        NumeroDossier transfert = permis.avecSuffixe(NatureSuffixe.TRANSFERT, 12);
        assertEquals("PC 075 056 24 00001M01", modificatif.format());
        assertEquals("PC 075 056 24 00001T12", transfert.format());
        assertEquals(permis, modificatif.parent());
        assertEquals(permis, permis.parent());
        assertEquals(new SuffixeNumero(NatureSuffixe.TRANSFERT, 12),
                NumeroDossier.parse("PC 075 056 24 00001T12").suffixe());
        assertNull(permis.suffixe());
    }

    @Test
    void aSuffixedNumberCannotTakeAnotherSuffix() {
        NumeroDossier modificatif = NumeroDossier.parse("PC 075 056 24 00001M01");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> modificatif.avecSuffixe(NatureSuffixe.TRANSFERT, 1));
        assertEquals("Le numéro PC 075 056 24 00001M01 est déjà celui d'un permis modificatif : indiquez le numéro "
                + "du permis initial PC 075 056 24 00001.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "DP 075 056 24 00001M01", "CU 075 056 24 00001T01" })
    void onlyPermitsTakeSuffixes(String texte) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse(texte));
        assertTrue(e.getMessage().endsWith("ne s'applique qu'à un permis (PC, PA, PD) : A423-4."), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "PC 075 056 24 0001", "PC 75 056 24 00001", "PC 075 056 2024 00001",
            "PC 075 056 24 00001X01", "PC 075 056 24 00001M1", "PCMI 075 056 24 00001", "PC 02C 004 24 00001" })
    void refusesMalformedNumbers(String texte) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse(texte));
        assertTrue(e.getMessage().startsWith("Numéro de dossier invalide : « " + texte + " »."), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse(null));
    }

    @Test
    void refusesUnknownPrefixZeroSequenceAndBadRank() {
        assertEquals("Nature de dossier invalide dans le numéro : « PZ ». Attendu : DP, PC, PA, PD ou CU.",
                assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse("PZ 075 056 24 00001"))
                        .getMessage());
        assertEquals("Numéro d'ordre invalide : 0. Attendu : de 1 à 99999.",
                assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse("PC 075 056 24 00000"))
                        .getMessage());
        assertEquals("Rang de permis modificatif invalide : 0. Attendu : de 1 à 99.",
                assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse("PC 075 056 24 00001M00"))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PC 974 111 24 00001", "PC 175 056 24 00001", "PC 097 411 24 00001" })
    void refusesDepartementAndCommuneThatDoNotFormOneInseeCode(String texte) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse(texte));
        assertTrue(e.getMessage().contains("incohérents"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PC 020 004 24 00001", "PC 075 000 24 00001", "PC 975 501 24 00001" })
    void refusesNumbersWhoseInseeCodeIsInvalid(String texte) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> NumeroDossier.parse(texte));
        assertTrue(e.getMessage().startsWith("Code INSEE"), e.getMessage());
    }

    @Test
    void refusesAYearThatIsNotOnFourDigits() {
        assertThrows(DonneeInvalideException.class, () -> NumeroDossier.of(TypeDossier.PC, new CodeInsee("75056"), 24, 1));
    }
}
