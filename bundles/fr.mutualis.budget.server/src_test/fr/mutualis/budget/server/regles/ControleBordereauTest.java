package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.correction;
import static fr.mutualis.budget.server.Exemples.eur;
import static fr.mutualis.budget.server.Exemples.ligne;
import static fr.mutualis.budget.server.Exemples.mandat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Bordereau;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TypeBordereau;

/** Bordereaux follow each other in their sequence, never repeat a pièce, and carry the right annual cumulation. */
class ControleBordereauTest {

    private static final Mandat M1 = mandat(1, FOURNITURES, "100");
    private static final Mandat M2 = mandat(2, FOURNITURES, "250.50");
    private static final Mandat M3 = mandat(3, FOURNITURES, "40");
    private static final Bordereau PREMIER = bordereau(1, TypeBordereau.ORDINAIRE, "0", M1, M2);

    private static Bordereau bordereau(int numero, TypeBordereau type, String cumul, Piece... pieces) {
        return new Bordereau(Sens.DEPENSE, 2024, numero, LocalDate.of(2024, 4, numero), type, List.of(pieces), eur(cumul));
    }

    @Test
    void totalsAndCountAreThoseOfThePieces() {
        assertEquals(eur("350.50"), PREMIER.montantTotal());
        assertEquals(2, PREMIER.nombrePieces());
    }

    @Test
    void theNextBordereauFollowsAndCarriesTheCumulation() {
        assertEquals(List.of(), ControleBordereau.verifier(bordereau(2, TypeBordereau.ORDINAIRE, "350.50", M3),
                List.of(PREMIER)));
        assertEquals(new BigDecimal("390.50"), bordereau(2, TypeBordereau.ORDINAIRE, "350.50", M3).montantCumulAnnuel());
    }

    @Test
    void eachTypeHasItsOwnSequenceAndCumulation() {
        Bordereau annulations = bordereau(1, TypeBordereau.ANNULATION_REDUCTION, "0",
                correction(4, NaturePiece.REDUCTION, M1, ligne(FOURNITURES, "10")));
        assertEquals(List.of(), ControleBordereau.verifier(annulations, List.of(PREMIER)));
    }

    @Test
    void aWrongNumberARepeatedPieceOrAWrongCumulationIsRefused() {
        List<String> refus = ControleBordereau.verifier(bordereau(3, TypeBordereau.ORDINAIRE, "300", M2, M3),
                List.of(PREMIER));
        assertEquals(List.of(
                "Le prochain numéro (bordereau 01 de mandats) est 2, pas 3 : la numérotation est continue, sans trou.",
                "Le mandat n° 2/2024 figure déjà sur le bordereau n° 1.",
                "Cumul annuel incohérent sur le bordereau n° 3 : les bordereaux précédents totalisent 350,50 €, le "
                        + "bordereau indique 300,00 €."), refus);
    }
}
