package fr.mutualis.payroll.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

class CompteBancaireTest {

    /** The IBAN example of the French banking federation (BNP Paribas RIB 30004 00003 12345678901 43). */
    private static final String IBAN_BNP = "FR7630004000031234567890143";

    @Test
    void aTypedAccountIsNormalisedAndAccepted() {
        CompteBancaire compte = CompteBancaire.normaliser("fr76 3000 4000 0312 3456 7890 143", " bnpa fr pp ");
        assertEquals(new CompteBancaire(IBAN_BNP, "BNPAFRPP"), compte);
        assertEquals(List.of(), compte.erreurs());
        assertEquals(List.of(), new CompteBancaire("FR1420041010050500013M02606", "PSSTFRPPPAR").erreurs());
        assertEquals(List.of(), new CompteBancaire("DE89370400440532013000", "COBADEFFXXX").erreurs());
        assertNull(CompteBancaire.normaliser("  ", null).iban());
    }

    @Test
    void theMod97KeyIsChecked() {
        assertEquals(List.of("IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond pas au numéro. "
                + "Vérifiez la saisie sur le relevé d'identité bancaire."),
                new CompteBancaire("FR7630004000031234567890144", "BNPAFRPP").erreurs());
        assertEquals(List.of("IBAN invalide : un IBAN français compte 27 caractères, 26 saisi(s)."),
                new CompteBancaire("FR763000400003123456789014", "BNPAFRPP").erreurs());
    }

    @Test
    void theBicFormatAndCountryAreChecked() {
        assertEquals(List.of("BIC invalide : 8 ou 11 lettres ou chiffres attendus (4 lettres de banque, 2 lettres de "
                + "pays, 2 caractères de localisation, 3 facultatifs pour l'agence)."),
                new CompteBancaire(IBAN_BNP, "BNPAFRP").erreurs());
        assertEquals(1, new CompteBancaire(IBAN_BNP, "BNPAFRPO").erreurs().size(), "the letter O is not allowed there");
        assertEquals(List.of("BIC incohérent avec l'IBAN : le pays du BIC (DE) n'est pas celui de l'IBAN (FR)."),
                new CompteBancaire(IBAN_BNP, "COBADEFFXXX").erreurs());
        assertEquals(2, new CompteBancaire(null, null).erreurs().size());
    }

    @Test
    void messagesNeverRepeatTheIbanAndVerifierThrows() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new CompteBancaire("FR7630004000031234567890144", "BNPAFRPP").verifier());
        assertTrue(e.erreurs().stream().noneMatch(m -> m.contains("3000400003")));
    }
}
