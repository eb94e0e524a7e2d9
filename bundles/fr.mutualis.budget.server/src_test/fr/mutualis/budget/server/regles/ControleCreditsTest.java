package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.CANTINE;
import static fr.mutualis.budget.server.Exemples.ELECTRICITE;
import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.INFORMATIQUE;
import static fr.mutualis.budget.server.Exemples.SUBVENTION_ASSOCIATION;
import static fr.mutualis.budget.server.Exemples.chapitre;
import static fr.mutualis.budget.server.Exemples.correction;
import static fr.mutualis.budget.server.Exemples.credit;
import static fr.mutualis.budget.server.Exemples.decision;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.ligne;
import static fr.mutualis.budget.server.Exemples.mandat;
import static fr.mutualis.budget.server.Exemples.titre;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.DecisionBudgetaire;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.LigneExecution;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.core.api.DonneeInvalideException;

/** Invariant: per chapter, mandats (or titres) never exceed the credits opened (BP + BS + DMs + virements). */
class ControleCreditsTest {

    private static final Section F = Section.FONCTIONNEMENT;
    private static final List<DecisionBudgetaire> DECISIONS = List.of(
            decision(EtapeBudgetaire.BP, credit("011", F, Sens.DEPENSE, "1000"), credit("65", F, Sens.DEPENSE, "500"),
                    credit("66", F, Sens.DEPENSE, "100"), credit("70", F, Sens.RECETTE, "300")),
            decision(EtapeBudgetaire.BS, credit("011", F, Sens.DEPENSE, "200")),
            decision(EtapeBudgetaire.DM, credit("011", F, Sens.DEPENSE, "-100")));
    private static final List<Virement> VIREMENTS = List.of(
            new Virement(2024, LocalDate.of(2024, 6, 1), chapitre("65", F), chapitre("011", F), eur("50")),
            new Virement(2024, LocalDate.of(2024, 6, 2), chapitre("011", F), chapitre("66", F), eur("20")));
    private static final Mandat PREMIER = mandat(1, FOURNITURES, "600");
    private static final List<Piece> EMIS = List.of(PREMIER, mandat(2, FOURNITURES, "400"),
            correction(3, NaturePiece.REDUCTION, PREMIER, ligne(FOURNITURES, "100")));

    private static SituationCredits situation(List<? extends Piece> pieces) {
        return SituationCredits.de(2024, DECISIONS, VIREMENTS, List.of(), pieces);
    }

    @Test
    void creditsOpenedAreBpPlusBsPlusDmPlusVirementsReceivedMinusGiven() {
        SituationCredits situation = situation(EMIS);
        assertEquals(eur("1130.00"), situation.creditsOuverts(F, Sens.DEPENSE, "011"));
        assertEquals(eur("450.00"), situation.creditsOuverts(F, Sens.DEPENSE, "65"));
        assertEquals(eur("120.00"), situation.creditsOuverts(F, Sens.DEPENSE, "66"));
        assertEquals(eur("900.00"), situation.realise(F, Sens.DEPENSE, "011"), "the réduction is deducted");
        assertEquals(eur("230.00"), situation.disponible(F, Sens.DEPENSE, "011"));
        assertEquals(eur("0.00"), situation.creditsOuverts(F, Sens.DEPENSE, "012"));
    }

    @Test
    void aMandatUpToTheAvailableCreditsPasses() {
        assertEquals(List.of(), ControleCredits.verifier(mandat(4, FOURNITURES, "230"), situation(EMIS)));
    }

    @Test
    void aMandatBeyondTheAvailableCreditsIsRefusedWithChapterCreditsConsumedAndShortfall() {
        List<String> refus = ControleCredits.verifier(mandat(4, FOURNITURES, "230.01"), situation(EMIS));
        assertEquals(List.of("Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour le mandat n° 4/2024 : "
                + "crédits ouverts 1 130,00 €, déjà mandaté 900,00 €, montant demandé 230,01 €, manque 0,01 €."), refus);
    }

    @Test
    void linesOfOneChapterAreAddedUpAndEachChapterIsChecked() {
        Mandat mandat = mandat(4, LocalDate.of(2024, 5, 1), ligne(FOURNITURES, "200"),
                ligne(ELECTRICITE, "40"),
                ligne(SUBVENTION_ASSOCIATION, "450"));
        assertEquals(List.of("Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour le mandat n° 4/2024 : "
                + "crédits ouverts 1 130,00 €, déjà mandaté 900,00 €, montant demandé 240,00 €, manque 10,00 €."),
                ControleCredits.verifier(mandat, situation(EMIS)));
    }

    @Test
    void aChapterWithoutCreditsRefusesEverything() {
        assertEquals(List.of("Crédits insuffisants au chapitre 21 (dépenses d'investissement) pour le mandat n° 4/2024 : "
                + "crédits ouverts 0,00 €, déjà mandaté 0,00 €, montant demandé 10,00 €, manque 10,00 €."),
                ControleCredits.verifier(mandat(4, INFORMATIQUE, "10"), situation(EMIS)));
    }

    @Test
    void titresAreCheckedTheSameWay() {
        List<Piece> titres = List.of(titre(1, CANTINE, "250"));
        assertEquals(List.of(), ControleCredits.verifier(titre(2, CANTINE, "50"), situation(titres)));
        assertEquals(List.of("Crédits insuffisants au chapitre 70 (recettes de fonctionnement) pour le titre n° 2/2024 : "
                + "crédits ouverts 300,00 €, déjà titré 250,00 €, montant demandé 60,00 €, manque 10,00 €."),
                ControleCredits.verifier(titre(2, CANTINE, "60"), situation(titres)));
    }

    @Test
    void annulationsAndReductionsAreNotLimitedByCredits() {
        Mandat reduction = correction(4, NaturePiece.REDUCTION, PREMIER, ligne(FOURNITURES, "500"));
        assertEquals(List.of(), ControleCredits.verifier(reduction, situation(EMIS)));
    }

    @Test
    void engagementsAreCheckedAgainstCreditsNotYetEngaged() {
        Engagement premier = new Engagement(2024, 1, LocalDate.of(2024, 2, 1), "Contrat de maintenance", FOURNITURES,
                eur("1000"));
        SituationCredits situation = SituationCredits.de(2024, DECISIONS, VIREMENTS, List.of(premier), EMIS);
        assertEquals(eur("1000.00"), situation.engage(F, Sens.DEPENSE, "011"));
        Engagement second = new Engagement(2024, 2, LocalDate.of(2024, 2, 2), "Fournitures", FOURNITURES, eur("131"));
        assertEquals(List.of("Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour l'engagement "
                + "n° 2/2024 : crédits ouverts 1 130,00 €, déjà engagé 1 000,00 €, montant demandé 131,00 €, manque 1,00 €."),
                ControleCredits.verifier(second, situation));
    }

    @Test
    void executionLinesGiveOpenedEngagedExecutedAndAvailable() {
        List<LigneExecution> lignes = situation(EMIS).lignes();
        assertEquals(new LigneExecution(F, Sens.DEPENSE, "011", eur("1130"), eur("0"), eur("900")), lignes.get(0));
        assertEquals(eur("230.00"), lignes.get(0).disponible());
        assertEquals(List.of("011", "65", "66", "70"), lignes.stream().map(LigneExecution::chapitre).toList());
    }

    @Test
    void aSituationMixingExercicesIsRefused() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> SituationCredits.de(2025, DECISIONS, List.of(), List.of(), List.of(PREMIER)));
        assertEquals(List.of("La décision BP est de l'exercice 2024.", "La décision BS est de l'exercice 2024.",
                "La décision DM est de l'exercice 2024.", "Le mandat n° 1/2024 n'est pas de l'exercice 2025."),
                e.erreurs());
    }
}
