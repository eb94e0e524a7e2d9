package fr.mutualis.payroll.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.core.api.DonneeInvalideException;

class SituationAgentTest {

    private static SituationAgent situation(Statut statut, String quotite, int indice, int nbi, int enfants,
            List<ElementIndemnitaire> elements, String tauxPas) {
        return new SituationAgent(statut, new BigDecimal("35"), new BigDecimal(quotite), indice, nbi,
                ZoneResidence.ZONE_3, enfants, elements, CategorieTpp.AUCUNE,
                tauxPas == null ? null : new BigDecimal(tauxPas), 10, LocalDate.of(2020, 1, 1), null);
    }

    @Test
    void acceptsAFullTimeTitulaireAndCopiesTheList() {
        List<ElementIndemnitaire> elements = new ArrayList<>();
        elements.add(new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("250")));
        SituationAgent situation = situation(Statut.TITULAIRE, "1", 400, 15, 2, elements, null);
        elements.clear();
        assertEquals(1, situation.elementsIndemnitaires().size());
        assertEquals(new BigDecimal("250.00"), situation.elementsIndemnitaires().get(0).montantMensuel());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-0.5", "1.01", "80" })
    void refusesAQuotiteOutsideZeroOne(String quotite) {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> situation(Statut.TITULAIRE, quotite, 400, 0, 0, List.of(), null));
        assertTrue(e.getMessage().startsWith("Quotité de travail invalide : " + quotite), e.getMessage());
    }

    @Test
    void refusesANegativeIndiceMajore() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> situation(Statut.TITULAIRE, "1", -400, 0, 0, List.of(), null));
        assertEquals("Indice majoré invalide : -400. Attendu : un indice strictement positif.", e.getMessage());
    }

    @Test
    void refusesNegativeNbiChildrenAndAmounts() {
        assertThrows(DonneeInvalideException.class,
                () -> situation(Statut.TITULAIRE, "1", 400, -1, 0, List.of(), null));
        assertThrows(DonneeInvalideException.class,
                () -> situation(Statut.TITULAIRE, "1", 400, 0, -2, List.of(), null));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new ElementIndemnitaire(NatureElement.CIA, "CIA annuel", new BigDecimal("-10")));
        assertEquals("Montant négatif interdit pour l'élément indemnitaire « CIA annuel » : -10.00.", e.getMessage());
    }

    @Test
    void refusesAnAmountBelowTheCent() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> new ElementIndemnitaire(NatureElement.IFSE, "IFSE", new BigDecimal("10.005")));
        assertEquals("Montant au-delà du centime pour l'élément indemnitaire « IFSE » : 10.005.", e.getMessage());
    }

    @Test
    void refusesNbiForAContractuel() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> situation(Statut.CONTRACTUEL, "1", 400, 15, 0, List.of(), null));
        assertTrue(e.getMessage().startsWith("La NBI est réservée aux fonctionnaires"), e.getMessage());
    }

    @Test
    void refusesAPersonalPasRateAboveOneHundredPercent() {
        assertThrows(DonneeInvalideException.class,
                () -> situation(Statut.TITULAIRE, "1", 400, 0, 0, List.of(), "101"));
        assertEquals(new BigDecimal("7.5"),
                situation(Statut.TITULAIRE, "1", 400, 0, 0, List.of(), "7.5").tauxPasPersonnel());
    }
}
