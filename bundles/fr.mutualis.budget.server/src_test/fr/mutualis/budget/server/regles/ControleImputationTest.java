package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.imputation;
import static fr.mutualis.budget.server.Exemples.planAbrege;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

class ControleImputationTest {

    @Test
    void aConsistentImputationPasses() {
        assertEquals(List.of(), ControleImputation.verifier(FOURNITURES, Sens.DEPENSE, planAbrege()));
        assertEquals(List.of(), ControleImputation.verifier(imputation(Section.FONCTIONNEMENT, "042", "681", null),
                Sens.DEPENSE, planAbrege()));
    }

    @Test
    void unknownAndDeletedArticlesAreRefused() {
        assertEquals(List.of("Article 6132 inconnu ou supprimé du plan de comptes M57_A 2024."), ControleImputation
                .verifier(imputation(Section.FONCTIONNEMENT, "011", "6132", null), Sens.DEPENSE, planAbrege()));
        assertEquals(List.of("Article 657362 inconnu ou supprimé du plan de comptes M57_A 2024."), ControleImputation
                .verifier(imputation(Section.FONCTIONNEMENT, "65", "657362", null), Sens.DEPENSE, planAbrege()));
    }

    @Test
    void theArticleMustFeedTheChapterInThatDirection() {
        assertEquals(List.of("L'article 60632 « Fournitures de petit équipement » n'alimente pas le chapitre 65 en dépense "
                + "(chapitres possibles : 011)."), ControleImputation.verifier(
                        imputation(Section.FONCTIONNEMENT, "65", "60632", null), Sens.DEPENSE, planAbrege()));
        assertEquals(List.of("L'article 60632 « Fournitures de petit équipement » n'alimente pas le chapitre 011 en "
                + "recette (chapitres possibles : aucun)."), ControleImputation.verifier(FOURNITURES, Sens.RECETTE,
                        planAbrege()));
    }

    @Test
    void theChapterMustBeInTheSectionOfTheImputation() {
        assertEquals(List.of("Le chapitre 21 Immobilisations corporelles relève de la section d'investissement, pas de "
                + "fonctionnement."), ControleImputation.verifier(imputation(Section.FONCTIONNEMENT, "21", "2183", null),
                        Sens.DEPENSE, planAbrege()));
    }

    @Test
    void unknownChapterAndFonctionAreRefused() {
        assertEquals(List.of("Chapitre 099 inconnu du plan de comptes M57_A 2024.",
                "Fonction 999 inconnue du plan de comptes M57_A 2024."), ControleImputation.verifier(
                        imputation(Section.FONCTIONNEMENT, "099", "60632", "999"), Sens.DEPENSE, planAbrege()));
    }

    @Test
    void anInvestmentVotedByOperationUsesTheOperationAsChapter() {
        Imputation operation = new Imputation(Section.INVESTISSEMENT, "101", "2313", null, "101");
        assertEquals(List.of("Article 2313 inconnu ou supprimé du plan de comptes M57_A 2024."),
                ControleImputation.verifier(operation, Sens.DEPENSE, planAbrege()));
        assertEquals(List.of(), ControleImputation.verifier(
                new Imputation(Section.INVESTISSEMENT, "101", "231", null, "101"), Sens.DEPENSE, planAbrege()));
    }
}
