package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.BUDGET;
import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static fr.mutualis.budget.server.tests.Donnees.FOURNITURES;
import static fr.mutualis.budget.server.tests.Donnees.JOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.Engagement;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.server.internal.Options;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.testing.OsgiServices;

/**
 * Commitment accounts are optional per collectivity: when kept, an engagement may not exceed the credits not yet
 * engaged, and a mandat names the engagement it consumes and may not exceed what is left of it.
 */
class EngagementsTest {

    private CollectiviteId commune;
    private Utilisateur secretaire;
    private long tiers;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        Utilisateur ordonnateur = Donnees.utilisateur(commune, Role.ORDONNATEUR);
        secretaire = Donnees.utilisateur(commune, Role.SAISIE);
        Donnees.budgetVote(ordonnateur, commune);
        tiers = Donnees.fournisseur(secretaire, commune).id();
    }

    private ExecutionService execution() {
        return secretaire.service(ExecutionService.class);
    }

    private SaisieEngagement engagement(String montant) {
        return new SaisieEngagement(BUDGET, EXERCICE, JOUR, "Commande de fournitures", FOURNITURES,
                new BigDecimal(montant));
    }

    private SaisiePiece mandatSur(Integer engagement, String montant) {
        return new SaisiePiece(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, "Facture", tiers,
                List.of(new LignePiece(FOURNITURES, new BigDecimal(montant), null, null)), List.of(), "03", engagement);
    }

    @Test
    void commitmentAccountsAreKeptByDefaultAndCanBeSwitchedOff() {
        assertEquals(List.of(), execution().engagements(commune, BUDGET, EXERCICE));
        DonneeInvalideException sansEngagement = assertThrows(DonneeInvalideException.class,
                () -> execution().emettre(commune, mandatSur(null, "100")));
        assertEquals("La collectivité tient une comptabilité d'engagement : indiquez l'engagement que ce mandat "
                + "consomme.", sansEngagement.getMessage());
        Donnees.sansEngagements(commune);
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> execution().engager(commune, engagement("100")));
        assertEquals("La collectivité ne tient pas de comptabilité d'engagement (l'administrateur l'active avec "
                + "budget:engagements).", e.getMessage());
    }

    @Test
    void engagementsReserveCreditsAndMandatsConsumeThem() {
        Donnees.enConsole(() -> {
            OsgiServices.service(Options.class).engagements(commune, true);
            return null;
        });
        Engagement premier = execution().engager(commune, engagement("6000"));
        assertEquals(1, premier.numero());
        DonneeInvalideException depassement = assertThrows(DonneeInvalideException.class,
                () -> execution().engager(commune, engagement("4000.01")));
        assertEquals("Crédits insuffisants au chapitre 011 (dépenses de fonctionnement) pour l'engagement n° 2/2026 : "
                + "crédits ouverts 10 000,00 €, déjà engagé 6 000,00 €, montant demandé 4 000,01 €, manque 0,01 €.",
                depassement.getMessage());

        DonneeInvalideException sansEngagement = assertThrows(DonneeInvalideException.class,
                () -> execution().emettre(commune, mandatSur(null, "100")));
        assertEquals("La collectivité tient une comptabilité d'engagement : indiquez l'engagement que ce mandat "
                + "consomme.", sansEngagement.getMessage());
        execution().emettre(commune, mandatSur(1, "5000"));
        DonneeInvalideException reste = assertThrows(DonneeInvalideException.class,
                () -> execution().emettre(commune, mandatSur(1, "1000.01")));
        assertEquals("L'engagement n° 1/2026 (6 000,00 €) ne couvre plus que 1 000,00 € : mandat de 1 000,01 €, "
                + "dépassement 0,01 €.", reste.getMessage());
        assertEquals(new BigDecimal("6000.00"), secretaire.service(BudgetService.class)
                .execution(commune, BUDGET, EXERCICE, null).lignes().stream().filter(l -> l.chapitre().equals("011"))
                .findFirst().orElseThrow().engage());
    }
}
