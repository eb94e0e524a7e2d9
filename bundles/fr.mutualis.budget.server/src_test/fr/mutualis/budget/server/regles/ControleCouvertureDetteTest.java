package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.credit;
import static fr.mutualis.budget.server.Exemples.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.LigneCredit;
import fr.mutualis.budget.api.RapportEquilibre;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;

/** Invariant: the L1612-4 debt-coverage test. */
class ControleCouvertureDetteTest {

    private static final List<LigneCredit> LIGNES = List.of(
            credit("021", Section.INVESTISSEMENT, Sens.RECETTE, "15000"),
            credit("040", Section.INVESTISSEMENT, Sens.RECETTE, "7000"),
            credit("10", Section.INVESTISSEMENT, Sens.RECETTE, "6000"),
            credit("13", Section.INVESTISSEMENT, Sens.RECETTE, "29000"),
            credit("16", Section.INVESTISSEMENT, Sens.RECETTE, "50000"),
            credit("10", Section.FONCTIONNEMENT, Sens.RECETTE, "999"));

    @Test
    void ownResourcesCoverTheCapitalDue() {
        RapportEquilibre rapport = ControleCouvertureDette.verifier(LIGNES, eur("28000.00"));
        assertTrue(rapport.equilibre());
        assertEquals(List.of("Le remboursement en capital de la dette (28 000,00 €) est couvert par 28 000,00 € de "
                + "ressources propres."), rapport.observations());
    }

    @Test
    void grantsAndBorrowingDoNotCountAndTheShortfallIsNamed() {
        RapportEquilibre rapport = ControleCouvertureDette.verifier(LIGNES, eur("28000.01"));
        assertEquals(List.of("Remboursement de la dette non couvert (article L1612-4 du CGCT) : ressources propres "
                + "28 000,00 € (virement de la section de fonctionnement (021) 15 000,00 €, amortissements et provisions "
                + "(040) 7 000,00 €, dotations et fonds propres (10) 6 000,00 €, produits des cessions (024) 0,00 €) pour "
                + "un capital à rembourser de 28 000,01 €, manque 0,01 €."), rapport.ecarts());
    }
}
