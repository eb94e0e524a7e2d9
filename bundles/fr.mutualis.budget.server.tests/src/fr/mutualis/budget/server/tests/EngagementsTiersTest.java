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
import fr.mutualis.budget.api.EngagementService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheEngagement;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.SaisieEngagement;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.server.internal.Options;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.testing.OsgiServices;

/**
 * Engagements as the client lists and corrects them: taken for a tiers, they show what is mandated and left; a
 * réduction never goes below what is mandated, a cancellation frees the credits left, and a cancelled engagement takes
 * no further mandat.
 */
class EngagementsTiersTest {

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
        Donnees.enConsole(() -> {
            OsgiServices.service(Options.class).engagements(commune, true);
            return null;
        });
    }

    private EngagementService engagements() {
        return secretaire.service(EngagementService.class);
    }

    private static SaisieEngagement engagement(String montant) {
        return new SaisieEngagement(BUDGET, EXERCICE, JOUR, "Commande de fournitures", FOURNITURES,
                new BigDecimal(montant));
    }

    private SaisiePiece mandatSur(int engagement, String montant) {
        return new SaisiePiece(BUDGET, Sens.DEPENSE, EXERCICE, JOUR, "Facture", tiers,
                List.of(new LignePiece(FOURNITURES, new BigDecimal(montant), null, null)), List.of(), "03", engagement);
    }

    private BigDecimal engage() {
        return secretaire.service(BudgetService.class).execution(commune, BUDGET, EXERCICE, null).lignes().stream()
                .filter(l -> l.chapitre().equals("011")).findFirst().orElseThrow().engage();
    }

    @Test
    void anEngagementForATiersShowsWhatIsMandatedAndLeftAndIsReducedNoLowerThanThat() {
        FicheEngagement cree = engagements().engagerPourTiers(commune, engagement("3000"), tiers);
        assertEquals(1, cree.engagement().numero());
        assertEquals("QUINCAILLERIE MARTIN", cree.tiersNom());
        assertEquals("en cours", cree.statut());
        secretaire.service(ExecutionService.class).emettre(commune, mandatSur(1, "1200"));

        FicheEngagement liste = engagements().listeEngagements(commune, BUDGET, EXERCICE).get(0);
        assertEquals(new BigDecimal("1200.00"), liste.mandate());
        assertEquals(new BigDecimal("1800.00"), liste.reste());

        DonneeInvalideException tropBas = assertThrows(DonneeInvalideException.class, () -> engagements()
                .reduireEngagement(commune, BUDGET, EXERCICE, 1, new BigDecimal("1000"), "Commande réduite"));
        assertEquals("L'engagement n° 1/2026 est déjà mandaté pour 1 200,00 € : il ne peut pas être ramené à "
                + "1 000,00 €.", tropBas.getMessage());
        assertThrows(DonneeInvalideException.class, () -> engagements().reduireEngagement(commune, BUDGET, EXERCICE,
                1, new BigDecimal("2000"), " "), "a réduction states its motive");
        assertEquals(new BigDecimal("3000.00"), engage(), "nothing changed on a refusal");

        FicheEngagement reduit = engagements().reduireEngagement(commune, BUDGET, EXERCICE, 1,
                new BigDecimal("2000"), "Commande réduite");
        assertEquals("réduit", reduit.statut());
        assertEquals(new BigDecimal("3000.00"), reduit.montantInitial());
        assertEquals(new BigDecimal("800.00"), reduit.reste());
        assertEquals(new BigDecimal("2000.00"), engage(), "the execution report engages the reduced amount");
    }

    @Test
    void aCancelledEngagementFreesItsCreditsAndTakesNoFurtherMandat() {
        engagements().engagerPourTiers(commune, engagement("3000"), tiers);
        secretaire.service(ExecutionService.class).emettre(commune, mandatSur(1, "500"));
        FicheEngagement annule = engagements().annulerEngagement(commune, BUDGET, EXERCICE, 1, "Marché résilié");
        assertEquals(new BigDecimal("500.00"), annule.engagement().montant());
        assertEquals("soldé", annule.statut());
        assertEquals("Marché résilié", annule.motif());
        assertEquals(new BigDecimal("500.00"), engage());

        engagements().engagerPourTiers(commune, engagement("100"), tiers);
        FicheEngagement sansMandat = engagements().annulerEngagement(commune, BUDGET, EXERCICE, 2, "Erreur");
        assertEquals("annulé", sansMandat.statut());
        DonneeInvalideException refus = assertThrows(DonneeInvalideException.class,
                () -> secretaire.service(ExecutionService.class).emettre(commune, mandatSur(2, "10")));
        assertEquals("L'engagement n° 2/2026 est annulé : aucun mandat ne peut plus le consommer.",
                refus.getMessage());
        assertThrows(DonneeInvalideException.class,
                () -> engagements().annulerEngagement(commune, BUDGET, EXERCICE, 2, "Encore"));
    }

    @Test
    void anEngagementNamesAnActiveTiersOfTheCollectivity() {
        secretaire.service(TiersService.class).activerTiers(commune, tiers, false);
        assertThrows(DonneeInvalideException.class,
                () -> engagements().engagerPourTiers(commune, engagement("100"), tiers));
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_engagement WHERE collectivite = ?",
                commune.code()));
    }
}
