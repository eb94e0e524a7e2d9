package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.credit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/** Invariant: D_F = R_F and D_I = R_I, 023 = 021, ordre pairs balanced, with the CJF L232-6 surpluses allowed. */
class ControleEquilibreTest {

    private static final Section F = Section.FONCTIONNEMENT;
    private static final Section I = Section.INVESTISSEMENT;
    private static final Sens D = Sens.DEPENSE;
    private static final Sens R = Sens.RECETTE;

    /** A small commune's balanced BP: F 200 000 each way, I 60 000 each way. */
    private static List<LigneCredit> budgetEquilibre() {
        return new ArrayList<>(List.of(
                credit("011", F, D, "90000"), credit("012", F, D, "70000"), credit("65", F, D, "15000"),
                credit("66", F, D, "3000"), credit("042", F, D, "7000"), credit("023", F, D, "15000"),
                credit("70", F, R, "20000"), credit("731", F, R, "95000"), credit("74", F, R, "80000"),
                credit("75", F, R, "4000"), credit("042", F, R, "1000"),
                credit("21", I, D, "45000"), credit("16", I, D, "12000"), credit("040", I, D, "1000"),
                credit("041", I, D, "2000"),
                credit("021", I, R, "15000"), credit("040", I, R, "7000"), credit("10", I, R, "6000"),
                credit("13", I, R, "29000"), credit("041", I, R, "2000"), credit("16", I, R, "1000")));
    }

    @Test
    void aBalancedBudgetHasNoGap() {
        RapportEquilibre rapport = ControleEquilibre.verifier(budgetEquilibre());
        assertEquals(List.of(), rapport.ecarts());
        assertEquals(List.of(), rapport.observations());
        assertTrue(rapport.equilibre());
    }

    @Test
    void aFonctionnementDeficitIsAGapWithTheAmounts() {
        List<LigneCredit> lignes = budgetEquilibre();
        lignes.add(credit("011", F, D, "2500.50"));
        RapportEquilibre rapport = ControleEquilibre.verifier(lignes);
        assertFalse(rapport.equilibre());
        assertEquals(List.of("Section de fonctionnement en déséquilibre : dépenses 202 500,50 €, recettes 200 000,00 €, "
                + "écart 2 500,50 €."), rapport.ecarts());
    }

    @Test
    void aFonctionnementSurplusCoveredByTheCarriedForwardExcessIsAllowed() {
        List<LigneCredit> lignes = budgetEquilibre();
        lignes.add(credit("002", F, R, "30000"));
        lignes.add(credit("011", F, D, "10000"));
        RapportEquilibre rapport = ControleEquilibre.verifier(lignes);
        assertTrue(rapport.equilibre(), rapport.ecarts().toString());
        assertEquals(List.of("Section de fonctionnement votée en excédent de 20 000,00 €, couvert par l'excédent reporté "
                + "(002) de 30 000,00 € : admis (article L232-6 du code des juridictions financières)."),
                rapport.observations());
    }

    @Test
    void aFonctionnementSurplusBeyondTheCarriedForwardExcessIsAGap() {
        List<LigneCredit> lignes = budgetEquilibre();
        lignes.add(credit("002", F, R, "1000"));
        lignes.add(credit("70", F, R, "500"));
        RapportEquilibre rapport = ControleEquilibre.verifier(lignes);
        assertEquals(List.of("Section de fonctionnement en déséquilibre : dépenses 200 000,00 €, recettes 201 500,00 €, "
                + "écart 1 500,00 €. L'excédent reporté (002) de 1 000,00 € ne justifie que 1 000,00 € d'excédent."),
                rapport.ecarts());
    }

    @Test
    void anInvestmentSurplusIsAllowedButADeficitIsAGap() {
        List<LigneCredit> lignes = budgetEquilibre();
        lignes.add(credit("13", I, R, "4000"));
        RapportEquilibre surplus = ControleEquilibre.verifier(lignes);
        assertTrue(surplus.equilibre());
        assertEquals(List.of("Section d'investissement votée en excédent de 4 000,00 € : admis (article L232-6 du code "
                + "des juridictions financières)."), surplus.observations());

        lignes = budgetEquilibre();
        lignes.add(credit("001", I, D, "8000"));
        assertEquals(List.of("Section d'investissement en déséquilibre : dépenses 68 000,00 €, recettes 60 000,00 €, "
                + "écart 8 000,00 €."), ControleEquilibre.verifier(lignes).ecarts());
    }

    @Test
    void virementBetweenSectionsMustMatch() {
        List<LigneCredit> lignes = budgetEquilibre();
        lignes.set(5, credit("023", F, D, "14000"));
        lignes.add(credit("011", F, D, "1000"));
        assertEquals(List.of("Opérations d'ordre déséquilibrées (virement de la section de fonctionnement à la section "
                + "d'investissement) : dépenses au chapitre 023 14 000,00 €, recettes au chapitre 021 15 000,00 €, "
                + "écart 1 000,00 €."), ControleEquilibre.verifier(lignes).ecarts());
    }

    @Test
    void ordrePairsMustMatch() {
        List<LigneCredit> lignes = budgetEquilibre();
        lignes.add(credit("040", I, D, "300"));
        lignes.add(credit("041", I, R, "300"));
        List<String> ecarts = ControleEquilibre.verifier(lignes).ecarts();
        assertEquals(2, ecarts.size(), ecarts.toString());
        assertEquals("Opérations d'ordre déséquilibrées (opérations d'ordre de transfert entre sections) : dépenses au "
                + "chapitre 040 1 300,00 €, recettes au chapitre 042 1 000,00 €, écart 300,00 €.", ecarts.get(0));
        assertEquals("Opérations d'ordre déséquilibrées (opérations patrimoniales) : dépenses au chapitre 041 "
                + "2 000,00 €, recettes au chapitre 041 2 300,00 €, écart 300,00 €.", ecarts.get(1));

        lignes = budgetEquilibre();
        lignes.set(4, credit("042", F, D, "7200"));
        lignes.set(0, credit("011", F, D, "89800"));
        assertTrue(ControleEquilibre.verifier(lignes).ecarts().get(0).contains("dépenses au chapitre 042 7 200,00 €, "
                + "recettes au chapitre 040 7 000,00 €"));
    }
}
