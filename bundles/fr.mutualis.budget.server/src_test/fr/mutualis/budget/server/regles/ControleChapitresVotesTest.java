package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.credit;
import static fr.mutualis.budget.server.Exemples.planAbrege;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/** Credits are voted on chapters of the plan de comptes, in their section and in a direction their accounts allow. */
class ControleChapitresVotesTest {

    @Test
    void chaptersOfThePlanInTheirSectionAndDirectionPass() {
        assertEquals(List.of(), ControleChapitresVotes.verifier(List.of(
                credit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, "10"),
                credit("023", Section.FONCTIONNEMENT, Sens.DEPENSE, "10"),
                credit("021", Section.INVESTISSEMENT, Sens.RECETTE, "10"),
                credit("73", Section.FONCTIONNEMENT, Sens.RECETTE, "10"),
                credit("21", Section.INVESTISSEMENT, Sens.DEPENSE, "10")), planAbrege()));
    }

    @Test
    void unknownChapterWrongSectionAndWrongDirectionAreRefused() {
        List<String> refus = ControleChapitresVotes.verifier(List.of(
                credit("999", Section.FONCTIONNEMENT, Sens.DEPENSE, "10"),
                credit("21", Section.FONCTIONNEMENT, Sens.DEPENSE, "10"),
                credit("011", Section.FONCTIONNEMENT, Sens.RECETTE, "10")), planAbrege());
        assertEquals(3, refus.size(), refus.toString());
        assertEquals("Chapitre 999 inconnu du plan de comptes M57_A 2024.", refus.get(0));
        assertEquals(true, refus.get(1).startsWith("Le chapitre 21 "), refus.get(1));
        assertEquals(true, refus.get(2).endsWith("ne peut pas porter de crédits en recette."), refus.get(2));
    }
}
