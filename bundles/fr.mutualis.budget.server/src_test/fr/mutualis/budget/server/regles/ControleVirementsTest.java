package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.PARAMETRES;
import static fr.mutualis.budget.server.Exemples.SUBVENTION_ASSOCIATION;
import static fr.mutualis.budget.server.Exemples.chapitre;
import static fr.mutualis.budget.server.Exemples.credit;
import static fr.mutualis.budget.server.Exemples.decision;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.mandat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Chapitre;
import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;

/** Invariant: sum of |virements| in a section <= voted rate x real expenses voted at the BP; 012 never involved. */
class ControleVirementsTest {

    private static final Section F = Section.FONCTIONNEMENT;
    private static final Section I = Section.INVESTISSEMENT;
    private static final BigDecimal TAUX = new BigDecimal("0.075");
    /** The legal ceiling in force on the date of the virements, from the shipped parameters. */
    private static final BigDecimal TAUX_MAXIMUM = PARAMETRES.tauxMaximumFongibilite(LocalDate.of(2024, 9, 1));
    /** Real expenses of fonctionnement: 100 000 (023, 042 and 002 are not real expenses). */
    private static final DecisionBudgetaire BP = decision(EtapeBudgetaire.BP,
            credit("011", F, Sens.DEPENSE, "50000"), credit("012", F, Sens.DEPENSE, "40000"),
            credit("65", F, Sens.DEPENSE, "10000"), credit("023", F, Sens.DEPENSE, "20000"),
            credit("042", F, Sens.DEPENSE, "5000"), credit("002", F, Sens.DEPENSE, "3000"),
            credit("21", I, Sens.DEPENSE, "30000"), credit("20", I, Sens.DEPENSE, "2000"));

    private static Virement virement(String source, String destination, String montant) {
        return virement(chapitre(source, F), chapitre(destination, F), montant);
    }

    private static Virement virement(Chapitre source, Chapitre destination,
            String montant) {
        return new Virement(2024, LocalDate.of(2024, 9, 1), source, destination, eur(montant));
    }

    private static SituationCredits situation(Virement... precedents) {
        return SituationCredits.de(2024, List.of(BP), List.of(precedents), List.of(), List.of());
    }

    @Test
    void aVirementWithinTheCeilingPasses() {
        assertEquals(List.of(), ControleVirements.verifier(virement("011", "65", "7500"), TAUX, TAUX_MAXIMUM, BP, situation()));
    }

    @Test
    void theCumulatedAmountOfTheExerciceIsCapped() {
        SituationCredits situation = situation(virement("011", "65", "4000"), virement("65", "011", "3000"));
        assertEquals(List.of(), ControleVirements.verifier(virement("011", "65", "500"), TAUX, TAUX_MAXIMUM, BP, situation));
        assertEquals(List.of("Plafond des virements de crédits dépassé en section de fonctionnement : le cumul de "
                + "l'exercice atteindrait 7 500,01 € (dont 500,01 € pour ce virement) pour un plafond de 7 500,00 € "
                + "(7,5 % des 100 000,00 € de dépenses réelles votées au budget primitif)."),
                ControleVirements.verifier(virement("011", "65", "500.01"), TAUX, TAUX_MAXIMUM, BP, situation));
    }

    @Test
    void eachSectionHasItsOwnCeilingAtTheVotedRate() {
        Virement investissement = virement(chapitre("21", I), chapitre("20", I), "1600.01");
        List<String> refus = ControleVirements.verifier(investissement, new BigDecimal("0.05"), TAUX_MAXIMUM, BP,
                situation(virement("011", "65", "5000")));
        assertEquals(1, refus.size(), refus.toString());
        assertTrue(refus.get(0).contains("pour un plafond de 1 600,00 € (5 % des 32 000,00 €"), refus.get(0));
    }

    @Test
    void chapter012IsNeverSourceNorDestination() {
        String message = "Le chapitre 012 (charges de personnel) ne peut être ni l'origine ni la destination d'un "
                + "virement de crédits.";
        assertEquals(List.of(message),
                ControleVirements.verifier(virement("012", "011", "10"), TAUX, TAUX_MAXIMUM, BP, situation()));
        assertEquals(List.of(message),
                ControleVirements.verifier(virement("011", "012", "10"), TAUX, TAUX_MAXIMUM, BP, situation()));
    }

    @Test
    void aVirementStaysWithinOneSection() {
        List<String> refus = ControleVirements.verifier(virement(chapitre("011", F), chapitre("21", I), "10"), TAUX,
                TAUX_MAXIMUM, BP,
                situation());
        assertEquals(List.of("Un virement de crédits ne peut se faire qu'au sein d'une même section : le chapitre 011 est "
                + "en fonctionnement, le chapitre 21 en investissement."), refus);
    }

    @Test
    void theVotedRateCannotExceedTheLegalCeiling() {
        List<String> refus = ControleVirements.verifier(virement("011", "65", "10"), new BigDecimal("0.08"), TAUX_MAXIMUM, BP,
                situation());
        assertEquals("Le taux de fongibilité voté (8 %) doit être compris entre 0 et 7,5 % des dépenses réelles de la "
                + "section.", refus.get(0));
    }

    @Test
    void theSourceMustHaveTheCredits() {
        SituationCredits situation = SituationCredits.de(2024, List.of(BP), List.of(), List.of(),
                List.of(mandat(1, SUBVENTION_ASSOCIATION, "9000")));
        assertEquals(List.of("Crédits disponibles insuffisants au chapitre 65 pour ce virement : disponible 1 000,00 €, "
                + "virement 1 000,01 €."),
                ControleVirements.verifier(virement("65", "011", "1000.01"), TAUX, TAUX_MAXIMUM, BP, situation));
    }
}
