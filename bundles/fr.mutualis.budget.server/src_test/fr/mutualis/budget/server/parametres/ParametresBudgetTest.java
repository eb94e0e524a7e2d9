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
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.DonneeInvalideException;

/** The rates and deadlines of the budget module are effective-dated data with their legal reference. */
class ParametresBudgetTest {

    @Test
    void theShippedFileGivesTheLegalValuesWithTheirReference() {
        assertEquals(new BigDecimal("0.075"), PARAMETRES.tauxMaximumFongibilite(LocalDate.of(2026, 3, 1)));
        assertEquals(LocalDate.of(2027, 1, 31), PARAMETRES.finJourneeComplementaire(2026));
        assertTrue(PARAMETRES.referenceTauxFongibilite(LocalDate.of(2026, 3, 1)).contains("L5217-10-6"));
        assertTrue(PARAMETRES.parametres().get(1).valeurs().getFirst().reference().texte().contains("D2342-3"));
    }

    @Test
    void theValueInForceIsTheLastOneStartedOnOrBeforeTheDate() {
        ParametresBudget parametres = lire("""
                {"format": "mutualis-parametres/1", "module": "budget", "parametres": [
                  {"cle": "fongibilite.taux-maximum", "reference": {"texte": "L5217-10-6"},
                   "valeurs": [{"dateEffet": "2016-01-01", "valeur": 0.075}, {"dateEffet": "2030-01-01", "valeur": 0.1}]},
                  {"cle": "journee-complementaire.fin", "reference": {"texte": "D2342-3"},
                   "valeurs": [{"dateEffet": "2016-01-01", "valeur": {"mois": 1, "jour": 31}},
                               {"dateEffet": "2029-01-01", "valeur": {"mois": 1, "jour": 21}}]}
                ]}""");
        assertEquals(new BigDecimal("0.075"), parametres.tauxMaximumFongibilite(LocalDate.of(2029, 12, 31)));
        assertEquals(new BigDecimal("0.1"), parametres.tauxMaximumFongibilite(LocalDate.of(2030, 1, 1)));
        assertEquals(LocalDate.of(2029, 1, 31), parametres.finJourneeComplementaire(2028));
        assertEquals(LocalDate.of(2030, 1, 21), parametres.finJourneeComplementaire(2029));
        assertEquals(MonthDay.of(1, 31), parametres.parametres().get(1).valeurAu(LocalDate.of(2020, 5, 1)));
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
                {"format": "mutualis-parametres/1", "module": "budget", "parametres": [
                  {"cle": "fongibilite.taux-maximum", "valeurs": [{"dateEffet": "2016-01-01", "valeur": 0.075}]},
                  {"cle": "journee-complementaire.fin", "reference": {"texte": "D2342-3"}, "valeurs": []}
                ]}"""));
        assertEquals(List.of("Paramètre « fongibilite.taux-maximum » : valeur n° 1 : « reference » manquante (ni sur "
                + "la valeur ni sur le paramètre).", "Paramètre « journee-complementaire.fin » : « valeurs » manquant ou "
                + "mal formé (liste non vide attendue)."), e.erreurs());
        DonneeInvalideException horsBornes = assertThrows(DonneeInvalideException.class, () -> lire("""
                {"format": "mutualis-parametres/1", "module": "budget", "parametres": [
                  {"cle": "fongibilite.taux-maximum", "reference": {"texte": "x"},
                   "valeurs": [{"dateEffet": "2016-01-01", "valeur": 1.5}]},
                  {"cle": "journee-complementaire.fin", "reference": {"texte": "D2342-3"},
                   "valeurs": [{"dateEffet": "2016-01-01", "valeur": {"mois": 1, "jour": 31}}]}]}"""));
        assertEquals("Paramètre « fongibilite.taux-maximum », valeur au 2016-01-01 : un taux est un nombre compris "
                + "entre 0 et 1, pas 1.5.", horsBornes.getMessage());
    }

    private static ParametresBudget lire(String json) {
        return ParametresBudget.lire(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
