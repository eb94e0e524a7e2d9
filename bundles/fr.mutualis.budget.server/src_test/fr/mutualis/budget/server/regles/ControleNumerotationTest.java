package fr.mutualis.budget.server.regles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Numbers are sequential per budget and exercice, without gaps, never reused. */
class ControleNumerotationTest {

    @Test
    void theNextNumberFollowsTheLastOne() {
        assertEquals(1, ControleNumerotation.prochain(List.of()));
        assertEquals(4, ControleNumerotation.prochain(List.of(3, 1, 2)));
        assertEquals(List.of(), ControleNumerotation.verifier("mandat", List.of(1, 2, 3), 4));
        assertEquals(List.of(), ControleNumerotation.verifier("mandat", List.of(), 1));
    }

    @Test
    void aNumberIsNeverReused() {
        assertEquals(List.of("Le numéro 2 a déjà été attribué (mandat) : un numéro n'est jamais réutilisé."),
                ControleNumerotation.verifier("mandat", List.of(1, 2, 3), 2));
    }

    @Test
    void noGapIsAllowed() {
        assertEquals(List.of("Le prochain numéro (titre) est 4, pas 6 : la numérotation est continue, sans trou."),
                ControleNumerotation.verifier("titre", List.of(1, 2, 3), 6));
        assertEquals(List.of("Numérotation incohérente (titre) : numéros manquants [2, 4]."),
                ControleNumerotation.verifier("titre", List.of(1, 3, 5), 6));
    }
}
