package fr.mutualis.budget.ui.saisie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Article;
import fr.mutualis.budget.api.Budget;
import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.Declinaison;
import fr.mutualis.budget.api.EmploiCompte;
import fr.mutualis.budget.api.FicheBudget;
import fr.mutualis.budget.api.Fonction;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.NatureOperation;
import fr.mutualis.budget.api.Nomenclature;
import fr.mutualis.budget.api.PlanComptable;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBudget;
import fr.mutualis.budget.api.TypeChapitre;

/** The checks shown as a mandat or titre line is typed. */
class ValidationSaisieTest {

    private static final Section F = Section.FONCTIONNEMENT;
    private static final PlanComptable PLAN = new PlanComptable(
            new Nomenclature("M57", Declinaison.M57_A, 2024, 3, 3, 1), 2026,
            List.of(new Chapitre("011", "Charges à caractère général", F, TypeChapitre.GLOBALISE,
                    NatureOperation.REELLE, false),
                    new Chapitre("022", "Dépenses imprévues", F, TypeChapitre.PREVISION, NatureOperation.REELLE, false),
                    new Chapitre("70", "Produits des services", F, TypeChapitre.COMPTE, NatureOperation.REELLE, false)),
            List.of(new Article("60632", "Fournitures de petit équipement", Map.of(EmploiCompte.DR, "011")),
                    new Article("022", "Dépenses imprévues", Map.of(EmploiCompte.DR, "022")),
                    new Article("7067", "Redevances périscolaires", Map.of(EmploiCompte.RR, "70"))),
            List.of(new Fonction("0", "Services généraux", null, 1)));
    private static final RapportExecution RAPPORT = new RapportExecution(
            new FicheBudget(new Budget("COMMUNE", TypeBudget.PRINCIPAL, Declinaison.M57_A, "074001", "21740049800010",
                    "123", "00"), List.of(2026), false),
            2026, LocalDate.of(2026, 12, 31), PLAN.nomenclature(),
            List.of(new LigneExecution(F, Sens.DEPENSE, "011", new BigDecimal("10000"), BigDecimal.ZERO,
                    new BigDecimal("1500.50"))),
            Map.of("011", "Charges à caractère général"));
    private static final ValidationSaisie VALIDATION = new ValidationSaisie(PLAN, RAPPORT);

    @Test
    void aValidLineShowsItsImputationAndTheAvailableCredit() {
        ValidationSaisie.Verdict verdict = VALIDATION.verifier(Sens.DEPENSE, "60632", "0", "8499,50");
        assertNull(verdict.erreur());
        assertEquals("011 / 60632 / 0", verdict.imputation().libelle());
        assertEquals("Disponible au chapitre 011 Charges à caractère général : 8 499,50 € (crédits ouverts "
                + "10 000,00 €, déjà mandaté 1 500,50 €)", verdict.credit());
    }

    @Test
    void anAmountOverTheCreditIsRefusedWithTheShortfall() {
        assertEquals("Crédits insuffisants au chapitre 011 : crédits ouverts 10 000,00 €, déjà mandaté 1 500,50 €, "
                + "montant demandé 9 000,00 €, manque 500,50 €.",
                VALIDATION.verifier(Sens.DEPENSE, "60632", "", "9000").erreur());
    }

    @Test
    void unknownArticleForecastChapterWrongDirectionAndBadAmountAreRefused() {
        assertTrue(VALIDATION.verifier(Sens.DEPENSE, "60699", "", "10").erreur()
                .startsWith("Article 60699 inconnu du plan de comptes M57 abrégée 2024"));
        assertTrue(VALIDATION.verifier(Sens.DEPENSE, "022", "", "10").erreur()
                .startsWith("Le chapitre 022 ne porte que des prévisions"));
        assertTrue(VALIDATION.verifier(Sens.DEPENSE, "7067", "", "10").erreur()
                .contains("ne peut pas porter de mandat"));
        assertTrue(VALIDATION.verifier(Sens.DEPENSE, "60632", "", "0").erreur().startsWith("Montant invalide"));
        assertTrue(VALIDATION.verifier(Sens.DEPENSE, "60632", "999", "1").erreur()
                .startsWith("Fonction 999 inconnue"));
    }

    @Test
    void titresAreCheckedAgainstTheRevenueForecast() {
        assertEquals("Crédits insuffisants au chapitre 70 : crédits ouverts 0,00 €, déjà titré 0,00 €, montant demandé "
                + "5,00 €, manque 5,00 €.", VALIDATION.verifier(Sens.RECETTE, "7067", "", "5").erreur());
    }
}
