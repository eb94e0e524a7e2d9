package fr.mutualis.urbanism.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;

class TypeDossierTest {

    @ParameterizedTest
    @CsvSource({ "DP, DP", "PCMI, PC", "PC, PC", "PA, PA", "PD, PD", "CUa, CU", "CUb, CU" })
    void numberPrefixFollowsA423_2(TypeDossier type, String prefixe) {
        assertEquals(prefixe, type.prefixeNumero());
    }

    @Test
    void carriesCerfaNumbers() {
        assertEquals(List.of("13703", "13404", "13702"), TypeDossier.DP.cerfas());
        assertEquals(List.of("13406"), TypeDossier.PCMI.cerfas());
        assertEquals(List.of("13409"), TypeDossier.PC.cerfas());
        assertEquals(List.of("13409"), TypeDossier.PA.cerfas());
        assertEquals(List.of("13405"), TypeDossier.PD.cerfas());
        assertEquals(List.of("13410"), TypeDossier.CUb.cerfas());
        assertEquals("Permis de construire une maison individuelle", TypeDossier.PCMI.libelle());
    }

    @Test
    void parsesWhatAUserTypes() {
        assertEquals(TypeDossier.PCMI, TypeDossier.parse(" pcmi "));
        assertEquals(TypeDossier.CUa, TypeDossier.parse("CUA"));
        assertEquals(TypeDossier.CUb, TypeDossier.parse("cub"));
        assertTrue(TypeDossier.CUa.estCertificat());
        assertFalse(TypeDossier.PC.estCertificat());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "PX", "permis", "CU", "P C" })
    void refusesUnknownTypesListingTheChoices(String texte) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> TypeDossier.parse(texte));
        assertEquals("Type de dossier inconnu : « " + texte + " ». Types possibles : DP, PCMI, PC, PA, PD, CUa, CUb.",
                e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(DonneeInvalideException.class, () -> TypeDossier.parse(null));
    }

    @Test
    void moduleIdIsUrbanisme() {
        assertEquals("urbanisme", UrbanismModule.ID);
        assertEquals("urbanisme", UrbanismModule.INFO.id());
    }
}
