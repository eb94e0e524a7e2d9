package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.FIN_JOURNEE_2024;
import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.INFORMATIQUE;
import static fr.mutualis.budget.server.Exemples.PARAMETRES;
import static fr.mutualis.budget.server.Exemples.ligne;
import static fr.mutualis.budget.server.Exemples.mandat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;

/**
 * Invariant: after 31 January N+1 no pièce dated year N can be created, and no investment pièce during the journée
 * complémentaire.
 */
class ControleJourneeComplementaireTest {

    private static final LocalDate FIN_2024 = LocalDate.of(2024, 12, 31);

    private static Mandat fonctionnement(LocalDate date) {
        return mandat(7, date, ligne(FOURNITURES, "10"));
    }

    private static Mandat investissement(LocalDate date) {
        return mandat(8, date, ligne(INFORMATIQUE, "10"));
    }

    @Test
    void duringTheExercicePiecesAreDatedInIt() {
        assertEquals(List.of(), ControleJourneeComplementaire.verifier(fonctionnement(LocalDate.of(2024, 6, 3)),
                LocalDate.of(2024, 6, 3), FIN_JOURNEE_2024));
        assertEquals(List.of(),
                ControleJourneeComplementaire.verifier(investissement(FIN_2024), FIN_2024, FIN_JOURNEE_2024));
    }

    @Test
    void fonctionnementPiecesDatedDecember31ArePossibleUntilJanuary31() {
        assertEquals(List.of(),
                ControleJourneeComplementaire.verifier(fonctionnement(FIN_2024), LocalDate.of(2025, 1, 2), FIN_JOURNEE_2024));
        assertEquals(List.of(),
                ControleJourneeComplementaire.verifier(fonctionnement(FIN_2024), LocalDate.of(2025, 1, 31), FIN_JOURNEE_2024));
    }

    @Test
    void duringTheJourneeComplementaireThePieceIsDatedDecember31() {
        Mandat mandat = new Mandat(2024, 7, LocalDate.of(2024, 12, 20), "Fournitures", fonctionnement(FIN_2024).tiers(),
                List.of(ligne(FOURNITURES, "10")), List.of(), NaturePiece.ORDINAIRE, null, "03");
        assertEquals(List.of("Pendant la journée complémentaire, une pièce de l'exercice 2024 est datée du 31/12/2024 : "
                + "le mandat n° 7/2024 est daté du 20/12/2024."),
                ControleJourneeComplementaire.verifier(mandat, LocalDate.of(2025, 1, 10), FIN_JOURNEE_2024));
    }

    @Test
    void noInvestmentPieceDuringTheJourneeComplementaire() {
        assertEquals(List.of("La journée complémentaire ne concerne que la section de fonctionnement : le mandat "
                + "n° 8/2024 (investissement) ne peut plus être émis après le 31/12/2024."),
                ControleJourneeComplementaire.verifier(investissement(FIN_2024), LocalDate.of(2025, 1, 2), FIN_JOURNEE_2024));
    }

    @Test
    void afterJanuary31NoPieceOfTheExerciceAtAll() {
        assertEquals(List.of("L'exercice 2024 est clos : après le 31/01/2025, plus aucune pièce de cet exercice ne peut "
                + "être émise (le mandat n° 7/2024)."),
                ControleJourneeComplementaire.verifier(fonctionnement(FIN_2024), LocalDate.of(2025, 2, 1), FIN_JOURNEE_2024));
        assertEquals(1, ControleJourneeComplementaire.verifier(investissement(FIN_2024), LocalDate.of(2026, 1, 5),
                FIN_JOURNEE_2024).size());
    }

    @Test
    void piecesOfTheNewExerciceAreNotConcerned() {
        assertEquals(List.of(), ControleJourneeComplementaire.verifier(investissement(LocalDate.of(2025, 1, 2)),
                LocalDate.of(2025, 1, 2), PARAMETRES.finJourneeComplementaire(2025)));
    }

    @Test
    void aPieceCannotBeDatedOutsideItsExerciceNorIssuedBeforeIt() {
        Mandat mandat = new Mandat(2024, 7, LocalDate.of(2023, 12, 30), "Fournitures", fonctionnement(FIN_2024).tiers(),
                List.of(ligne(FOURNITURES, "10")), List.of(), NaturePiece.ORDINAIRE, null, "03");
        assertEquals(List.of("La date du mandat n° 7/2024 (30/12/2023) n'appartient pas à l'exercice 2024."),
                ControleJourneeComplementaire.verifier(mandat, LocalDate.of(2024, 1, 3), FIN_JOURNEE_2024));
        assertEquals(1, ControleJourneeComplementaire.verifier(fonctionnement(FIN_2024), LocalDate.of(2023, 12, 1),
                FIN_JOURNEE_2024).size());
    }
}
