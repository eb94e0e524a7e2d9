package fr.mutualis.payroll.server.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.payroll.api.AgentSaisie;
import fr.mutualis.payroll.api.CategorieTpp;
import fr.mutualis.payroll.api.Statut;
import fr.mutualis.payroll.api.ZoneResidence;
import fr.mutualis.payroll.server.DonneesLivrees;

class ControleAgentTest {

    private static final YearMonth NOVEMBRE_2026 = YearMonth.of(2026, 11);

    private static AgentSaisie agent(Statut statut, String heures, String grade, int echelon, int indice,
            CategorieTpp tpp, LocalDate entree) {
        return new AgentSaisie("A0001", "DUPONT", "Marie", "269054958815780", statut, new BigDecimal(heures),
                BigDecimal.ONE, grade, echelon, indice, 0, ZoneResidence.ZONE_3, 0, List.of(), tpp, null, entree);
    }

    private static List<String> erreurs(AgentSaisie saisie) {
        return ControleAgent.erreurs(saisie, DonneesLivrees.moteur(), DonneesLivrees.grilles(), NOVEMBRE_2026);
    }

    @Test
    void acceptsAnAgentWithinTheGridOfTheGrade() {
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "C1", 3, 368, CategorieTpp.C,
                LocalDate.of(2015, 9, 1))));
    }

    @Test
    void refusesTheIndexOfAnotherEchelonNamingTheOneExpected() {
        // échelon 3 of the échelle C2 (IM 370) entered with the indice of échelon 5 (IM 374)
        assertEquals(List.of("Indice majoré 374 incohérent avec l'échelon 3 du grade ADJ-ADM-P2 (Adjoint administratif "
                + "principal de 2e classe) en 2026-11 : l'indice majoré de cet échelon est 370 (grille C2 en vigueur "
                + "depuis le 2024-01-01)."), erreurs(agent(Statut.TITULAIRE, "35", "ADJ-ADM-P2", 3, 374,
                        CategorieTpp.C, LocalDate.of(2015, 9, 1))));
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "ADJ-ADM-P2", 5, 374, CategorieTpp.C,
                LocalDate.of(2015, 9, 1))));
        assertEquals(List.of("Indice majoré 400 incohérent avec l'échelon 3 du grade C1 (Échelle C1 de la catégorie C "
                + "(adjoint administratif territorial, adjoint technique territorial, adjoint territorial du "
                + "patrimoine, adjoint territorial d'animation, agent social territorial)) en 2026-11 : l'indice "
                + "majoré de cet échelon est 368 (grille C1 en vigueur depuis le 2024-01-01)."),
                erreurs(agent(Statut.TITULAIRE, "35", "C1", 3, 400, CategorieTpp.C, LocalDate.of(2015, 9, 1))));
    }

    @Test
    void checksCategoryAAndBGradesOnTheirGrid() {
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "ATTACHE", 6, 518, CategorieTpp.A,
                LocalDate.of(2015, 9, 1))));
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "REDACTEUR", 6, 386, CategorieTpp.B,
                LocalDate.of(2015, 9, 1))));
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "REDACTEUR-P2", 3, 384, CategorieTpp.B,
                LocalDate.of(2015, 9, 1))));
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "ING-CHEF", 11, 826, CategorieTpp.A,
                LocalDate.of(2015, 9, 1))));
        assertEquals(List.of("Échelon 14 inconnu dans la grille du grade TECHNICIEN (Technicien, échelons 1 à 13)."),
                erreurs(agent(Statut.TITULAIRE, "35", "TECHNICIEN", 14, 508, CategorieTpp.B,
                        LocalDate.of(2015, 9, 1))));
        assertEquals(List.of("Indice majoré 524 incohérent avec l'échelon 2 du grade ING-PRINCIPAL (Ingénieur "
                + "principal) en 2026-11 : l'indice majoré de cet échelon est 560 (grille ING-PRINCIPAL en vigueur "
                + "depuis le 2024-01-01)."), erreurs(agent(Statut.TITULAIRE, "35", "ING-PRINCIPAL", 2, 524,
                        CategorieTpp.A, LocalDate.of(2015, 9, 1))));
    }

    @Test
    void refusesAnEchelonTheGridDoesNotHaveAndAnUnknownGrade() {
        assertEquals(List.of("Échelon 12 inconnu dans la grille du grade C1 (Échelle C1 de la catégorie C (adjoint "
                + "administratif territorial, adjoint technique territorial, adjoint territorial du patrimoine, "
                + "adjoint territorial d'animation, agent social territorial), échelons 1 à 11)."),
                erreurs(agent(Statut.TITULAIRE, "35", "C1", 12, 387, CategorieTpp.C, LocalDate.of(2015, 9, 1))));
        assertEquals(List.of("Grade inconnu : « C9 ». Choisissez un grade de la liste (commande paie:grades) ou le "
                + "code d'une grille (ATTACHE, B-NES-1, B-NES-2, B-NES-3, C1, C2, C3, ING-CHEF, ING-PRINCIPAL)."),
                erreurs(agent(Statut.TITULAIRE, "35", "C9", 1, 387, CategorieTpp.C, LocalDate.of(2015, 9, 1))));
    }

    @Test
    void refusesWhatTheMonthlyRunWouldRefuse() {
        assertEquals(List.of("Durée hebdomadaire du poste (36 h) supérieure à celle d'un temps complet (35 h)."),
                erreurs(agent(Statut.TITULAIRE, "36", null, 0, 400, CategorieTpp.AUCUNE, LocalDate.of(2015, 9, 1))));
        String tpp = erreurs(agent(Statut.CONTRACTUEL, "35", null, 0, 400, CategorieTpp.C,
                LocalDate.of(2015, 9, 1))).get(0);
        assertTrue(tpp.startsWith("Le transfert primes/points ne s'applique qu'aux fonctionnaires affiliés à la "
                + "CNRACL"), tpp);
    }

    @Test
    void anAgentStartingInTheMiddleOfAMonthIsCheckedOnItsFirstFullMonth() {
        assertEquals(List.of(), erreurs(agent(Statut.TITULAIRE, "35", "AGT-SOC-P2", 1, 367, CategorieTpp.C,
                LocalDate.of(2027, 3, 15))));
        assertEquals(YearMonth.of(2027, 4), ControleAgent.moisDeControle(LocalDate.of(2027, 3, 15), NOVEMBRE_2026));
        assertEquals(NOVEMBRE_2026, ControleAgent.moisDeControle(LocalDate.of(2026, 3, 1), NOVEMBRE_2026));
        assertEquals(YearMonth.of(2027, 3), ControleAgent.moisDeControle(LocalDate.of(2027, 3, 1), NOVEMBRE_2026));
    }

    @Test
    void localProblemsComeFirstAndAlone() {
        AgentSaisie sansNir = new AgentSaisie("A0001", "DUPONT", "Marie", "123", Statut.TITULAIRE,
                new BigDecimal("35"), new BigDecimal("1.5"), null, 0, 400, 0, ZoneResidence.ZONE_3, 0, List.of(),
                CategorieTpp.AUCUNE, null, LocalDate.of(2015, 9, 1));
        assertEquals(2, erreurs(sansNir).size());
    }
}
