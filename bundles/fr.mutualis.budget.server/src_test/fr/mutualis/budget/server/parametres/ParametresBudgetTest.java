package fr.mutualis.budget.server.parametres;

import static fr.mutualis.budget.server.Exemples.PARAMETRES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

/** The rates and deadlines of the budget module are effective-dated data with their legal reference. */
class ParametresBudgetTest {

    @Test
    void theShippedFileGivesTheLegalValuesWithTheirReference() {
        assertEquals(new BigDecimal("0.075"), PARAMETRES.tauxMaximumFongibilite(LocalDate.of(2026, 3, 1)));
        assertEquals(LocalDate.of(2027, 1, 31), PARAMETRES.finJourneeComplementaire(2026));
        assertTrue(PARAMETRES.parametreTauxFongibilite().reference().contains("L5217-10-6"));
        assertTrue(PARAMETRES.parametreJourneeComplementaire().reference().contains("D2342-3"));
    }

    @Test
    void theValueInForceIsTheLastOneStartedOnOrBeforeTheDate() {
        ParametresBudget parametres = lire("""
                {"parametres": [
                  {"id": "fongibilite.taux-maximum", "reference": "L5217-10-6",
                   "valeurs": [{"debut": "2016-01-01", "taux": "0.075"}, {"debut": "2030-01-01", "taux": "0.1"}]},
                  {"id": "journee-complementaire.fin", "reference": "D2342-3",
                   "valeurs": [{"debut": "2016-01-01", "mois": 1, "jour": 31}, {"debut": "2029-01-01", "mois": 1, "jour": 21}]}
                ]}""");
        assertEquals(new BigDecimal("0.075"), parametres.tauxMaximumFongibilite(LocalDate.of(2029, 12, 31)));
        assertEquals(new BigDecimal("0.1"), parametres.tauxMaximumFongibilite(LocalDate.of(2030, 1, 1)));
        assertEquals(LocalDate.of(2029, 1, 31), parametres.finJourneeComplementaire(2028));
        assertEquals(LocalDate.of(2030, 1, 21), parametres.finJourneeComplementaire(2029));
        assertEquals(MonthDay.of(1, 31), parametres.parametreJourneeComplementaire().valeur(LocalDate.of(2020, 5, 1)));
    }

    @Test
    void aDateBeforeTheFirstValueIsRefusedInFrench() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> PARAMETRES.tauxMaximumFongibilite(LocalDate.of(2010, 1, 1)));
        assertTrue(e.getMessage().startsWith("Le paramètre « Plafond du taux de fongibilité"), e.getMessage());
        assertTrue(e.getMessage().endsWith("n'a aucune valeur en vigueur au 01/01/2010 (première valeur au 01/01/2016)."),
                e.getMessage());
    }

    @Test
    void aParameterWithoutReferenceOrValueIsRefused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class, () -> lire("""
                {"parametres": [
                  {"id": "fongibilite.taux-maximum", "valeurs": [{"debut": "2016-01-01", "taux": "0.075"}]},
                  {"id": "journee-complementaire.fin", "reference": "D2342-3", "valeurs": []}
                ]}"""));
        assertEquals("Fichier de paramètres du budget invalide : « fongibilite.taux-maximum » doit avoir au moins une "
                + "valeur et sa référence juridique.", e.getMessage());
        assertThrows(DonneeInvalideException.class, () -> lire("""
                {"parametres": [{"id": "fongibilite.taux-maximum", "reference": "x",
                   "valeurs": [{"debut": "2016-01-01", "taux": "1.5"}]}]}"""));
    }

    private static ParametresBudget lire(String json) {
        return LecteurParametresBudget.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
