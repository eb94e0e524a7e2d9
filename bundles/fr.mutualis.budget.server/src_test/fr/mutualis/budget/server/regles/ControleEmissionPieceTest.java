package fr.mutualis.budget.server.regles;

import static fr.mutualis.budget.server.Exemples.FIN_JOURNEE_2024;
import static fr.mutualis.budget.server.Exemples.FOURNISSEUR;
import static fr.mutualis.budget.server.Exemples.FOURNITURES;
import static fr.mutualis.budget.server.Exemples.credit;
import static fr.mutualis.budget.server.Exemples.decision;
import static fr.mutualis.budget.server.Exemples.imputation;
import static fr.mutualis.budget.server.Exemples.ligne;
import static fr.mutualis.budget.server.Exemples.mandat;
import static fr.mutualis.budget.server.Exemples.planAbrege;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.EtapeBudgetaire;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.NaturePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.DonneeInvalideException;

/** Invariant: an invalid mandat is blocked, with every reason, before it is put on a bordereau. */
class ControleEmissionPieceTest {

    private static final SituationCredits SITUATION = SituationCredits.de(2024,
            List.of(decision(EtapeBudgetaire.BP, credit("011", Section.FONCTIONNEMENT, Sens.DEPENSE, "1000"))),
            List.of(), List.of(), List.of(mandat(1, FOURNITURES, "800")));

    @Test
    void aValidMandatPasses() {
        Mandat mandat = mandat(2, FOURNITURES, "200");
        assertEquals(List.of(), ControleEmissionPiece.verifier(mandat, planAbrege(), SITUATION, LocalDate.of(2024, 3, 20), FIN_JOURNEE_2024));
        ControleEmissionPiece.exiger(mandat, planAbrege(), SITUATION, LocalDate.of(2024, 3, 20), FIN_JOURNEE_2024);
    }

    @Test
    void everyReasonIsGivenAtOnceAndNothingPasses() {
        Tiers mauvaisSiret = new Tiers(FOURNISSEUR.nom(), null, "73282932000079", null, "60", "03", null,
                FOURNISSEUR.adresse(), "FR7630006000011234567890188", null);
        Mandat mandat = new Mandat(2024, 2, LocalDate.of(2024, 12, 31), "Dépense imprévue", mauvaisSiret,
                List.of(ligne(imputation(Section.FONCTIONNEMENT, "022", "022", null), "50"), ligne(FOURNITURES, "250")),
                List.of(), NaturePiece.ORDINAIRE, null, "03");
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> ControleEmissionPiece.exiger(mandat, planAbrege(), SITUATION, LocalDate.of(2025, 2, 3), FIN_JOURNEE_2024));
        assertEquals(List.of(
                "Le chapitre 022 ne porte que des prévisions : aucun mandat, titre ou engagement ne peut y être imputé "
                        + "(mandat n° 2/2024).",
                "L'exercice 2024 est clos : après le 31/01/2025, plus aucune pièce de cet exercice ne peut être émise "
                        + "(le mandat n° 2/2024).",
                "Tiers QUINCAILLERIE MARTIN : SIRET invalide : 73282932000079 (14 chiffres dont une clé de contrôle).",
                "Tiers QUINCAILLERIE MARTIN : IBAN invalide : la clé de contrôle (3e et 4e caractères) ne correspond "
                        + "pas au numéro. Vérifiez la saisie sur le relevé d'identité bancaire.",
                "Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour le mandat n° 2/2024 : crédits "
                        + "ouverts 1 000,00 €, déjà mandaté 800,00 €, montant demandé 250,00 €, manque 50,00 €."),
                e.erreurs());
    }
}
