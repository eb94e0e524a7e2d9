package fr.mutualis.payroll.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;

class NirTest {

    @ParameterizedTest
    @ValueSource(strings = { "269054958815780", "185057800608491", "176102000412365" })
    void acceptsANumberWhoseKeyIs97MinusTheNumberModulo97(String nir) {
        assertNull(Nir.probleme(nir));
    }

    @Test
    void corsicaCounts2AAs19And2BAs18() {
        // 1 76 10 2A 004 123: 1761019004123 mod 97 = 5, key 92; with 2B: 1761018004123, key 22
        assertNull(Nir.probleme("176102A00412392"));
        assertNull(Nir.probleme("176102B00412322"));
        assertEquals("NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.",
                Nir.probleme("176102A00412322"));
        assertEquals("NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.",
                Nir.probleme("176102A00412365"), "2A is not read as 20");
    }

    @Test
    void addsTheKeyToA13CharacterNumber() {
        assertEquals("269054958815780", Nir.avecCle("2690549588157"));
        assertEquals("176102A00412392", Nir.avecCle("176102A004123"));
        assertEquals("176102B00412322", Nir.avecCle("176102B004123"));
        assertEquals("100000000004797", Nir.avecCle("1000000000047"), "1000000000047 mod 97 = 0: key 97");
        assertNull(Nir.probleme(Nir.avecCle("1850578006084")));
    }

    @Test
    void normalisesSpacesDotsDashesAndCase() {
        assertEquals("176102A00412392", Nir.verifier(" 1 76 10 2a 004.123-92 "));
    }

    @Test
    void refusesAWrongKeyWithoutRepeatingTheNumber() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> Nir.verifier("269054958815781"));
        assertEquals("NIR invalide : la clé (deux derniers chiffres) ne correspond pas au numéro. Vérifiez la saisie.",
                e.getMessage());
    }

    @Test
    void refusesMalformedNumbers() {
        assertEquals("NIR invalide : 15 caractères attendus (13 pour le numéro, 2 pour la clé), 14 saisi(s).",
                Nir.probleme("26905495881578"));
        assertEquals("NIR invalide : seuls des chiffres sont admis, sauf 2A ou 2B (naissance en Corse) aux 6e et 7e "
                + "caractères.", Nir.probleme("26905495881578A"));
        assertEquals("NIR invalide : seuls des chiffres sont admis, sauf 2A ou 2B (naissance en Corse) aux 6e et 7e "
                + "caractères.", Nir.probleme("2A9054958815780"));
        assertEquals("NIR invalide : le premier chiffre doit être 1 (homme) ou 2 (femme).",
                Nir.probleme("369054958815780"));
        assertEquals("NIR invalide : le mois de naissance (4e et 5e chiffres) doit être compris entre 01 et 12 "
                + "(ou 20 à 42, 50 à 99 pour un mois inconnu).", Nir.probleme("269134958815780"));
        assertEquals("NIR manquant : saisissez les 15 caractères du numéro de sécurité sociale (clé comprise).",
                Nir.probleme(Nir.normaliser("  ")));
    }
}
