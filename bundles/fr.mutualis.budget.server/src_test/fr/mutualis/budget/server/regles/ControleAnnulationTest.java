package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.CANTINE;
import static fr.mutualis.budget.server.Exemples.ELECTRICITE;
import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.SUBVENTION_ASSOCIATION;
import static fr.mutualis.budget.server.Exemples.correction;
import static fr.mutualis.budget.server.Exemples.correctionTitre;
import static fr.mutualis.budget.server.Exemples.ligne;
import static fr.mutualis.budget.server.Exemples.mandat;
import static fr.mutualis.budget.server.Exemples.titre;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Titre;

/** Annulations and réductions are new pièces that never exceed the original's net amount. */
class ControleAnnulationTest {

    /** Mandat n° 1: 300 on fournitures and 200 on électricité. */
    private static final Mandat ORIGINAL = mandat(1, LocalDate.of(2024, 3, 15), ligne(FOURNITURES, "300"),
            ligne(ELECTRICITE, "200"));

    @Test
    void aReductionWithinTheOriginalPasses() {
        assertEquals(List.of(), ControleAnnulation.verifier(
                correction(5, NaturePiece.REDUCTION, ORIGINAL, ligne(FOURNITURES, "300")), ORIGINAL, List.of()));
    }

    @Test
    void aReductionCannotExceedWhatIsLeftOnAnImputation() {
        Mandat anterieure = correction(4, NaturePiece.REDUCTION, ORIGINAL, ligne(FOURNITURES, "120"));
        Mandat reduction = correction(5, NaturePiece.REDUCTION, ORIGINAL, ligne(FOURNITURES, "180.01"));
        assertEquals(List.of("La réduction (mandat n° 5/2024) dépasse le montant net restant sur l'imputation "
                + "011 / 60632 / 020 : 180,01 € demandés pour 180,00 € restants sur le mandat n° 1/2024 (montant d'origine "
                + "500,00 €)."), ControleAnnulation.verifier(reduction, ORIGINAL, List.of(anterieure)));
    }

    @Test
    void correctionsOfOtherPiecesAreIgnored() {
        Mandat autre = mandat(2, FOURNITURES, "1000");
        Mandat reductionAutre = correction(4, NaturePiece.REDUCTION, autre, ligne(FOURNITURES, "999"));
        assertEquals(List.of(), ControleAnnulation.verifier(
                correction(5, NaturePiece.REDUCTION, ORIGINAL, ligne(FOURNITURES, "300")), ORIGINAL, List.of(reductionAutre)));
    }

    @Test
    void anAnnulationTakesAllThatIsLeft() {
        Mandat anterieure = correction(4, NaturePiece.REDUCTION, ORIGINAL, ligne(ELECTRICITE, "50"));
        assertEquals(List.of(), ControleAnnulation.verifier(correction(5, NaturePiece.ANNULATION, ORIGINAL,
                ligne(FOURNITURES, "300"), ligne(ELECTRICITE, "150")), ORIGINAL, List.of(anterieure)));
        assertEquals(List.of("L'annulation (mandat n° 5/2024) doit porter sur tout le montant net restant du mandat "
                + "n° 1/2024 (450,00 €, et non 300,00 €) ; pour une partie seulement, émettre une réduction."),
                ControleAnnulation.verifier(correction(5, NaturePiece.ANNULATION, ORIGINAL, ligne(FOURNITURES, "300")),
                        ORIGINAL, List.of(anterieure)));
    }

    @Test
    void aFullyCancelledPieceCannotBeCorrectedAgain() {
        Mandat annulation = correction(4, NaturePiece.ANNULATION, ORIGINAL, ligne(FOURNITURES, "300"),
                ligne(ELECTRICITE, "200"));
        assertEquals(List.of("Le mandat n° 1/2024 est déjà entièrement annulé."), ControleAnnulation.verifier(
                correction(5, NaturePiece.REDUCTION, ORIGINAL, ligne(FOURNITURES, "0.01")), ORIGINAL, List.of(annulation)));
    }

    @Test
    void theCorrectionUsesTheImputationsOfTheOriginal() {
        Mandat reduction = correction(5, NaturePiece.REDUCTION, ORIGINAL,
                ligne(SUBVENTION_ASSOCIATION, "10"));
        assertEquals(List.of("La réduction (mandat n° 5/2024) porte sur l'imputation 65 / 65748 / 024, absente du mandat "
                + "n° 1/2024."), ControleAnnulation.verifier(reduction, ORIGINAL, List.of()));
    }

    @Test
    void aPieceOfAnEarlierExerciceIsCorrectedThroughAccount773Or673() {
        Mandat ancien = mandat(1, LocalDate.of(2023, 11, 2), ligne(FOURNITURES, "300"));
        Mandat reduction = new Mandat(2024, 5, LocalDate.of(2024, 2, 1), "Réduction", ancien.tiers(),
                List.of(ligne(FOURNITURES, "10")), List.of(), NaturePiece.REDUCTION, ancien.reference(), "03");
        assertEquals(List.of("La réduction (mandat n° 5/2024) ne peut pas corriger une pièce de l'exercice 2023 : émettre "
                + "un titre au compte 773 pour une pièce d'un exercice antérieur."),
                ControleAnnulation.verifier(reduction, ancien, List.of()));
    }

    @Test
    void aTitreIsReducedByATitreNamingIt() {
        Titre original = titre(2, CANTINE, "85.40");
        assertEquals(List.of(), ControleAnnulation.verifier(correctionTitre(3, NaturePiece.REDUCTION, original, "5.40"),
                original, List.of()));
        assertEquals(List.of("La réduction (titre n° 3/2024) ne peut pas corriger un mandat."), ControleAnnulation
                .verifier(correctionTitre(3, NaturePiece.REDUCTION, original, "5.40"), ORIGINAL, List.of()));
        assertEquals(List.of("La réduction (mandat n° 5/2024) désigne la pièce 1/2024, pas le mandat n° 2/2024."),
                ControleAnnulation.verifier(correction(5, NaturePiece.REDUCTION, ORIGINAL, ligne(FOURNITURES, "1")),
                        mandat(2, FOURNITURES, "10"), List.of()));
    }
}
