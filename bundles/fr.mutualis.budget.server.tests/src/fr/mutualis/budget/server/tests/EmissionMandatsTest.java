package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.Adresse;
import fr.mutualis.budget.api.EmissionMandats;
import fr.mutualis.budget.api.LigneDuLot;
import fr.mutualis.budget.api.LotMandats;
import fr.mutualis.budget.api.Mandat;
import fr.mutualis.budget.api.MandatDuLot;
import fr.mutualis.budget.api.Tiers;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.testing.OsgiServices;

/** The server-local contract payroll calls: a lot of mandats issued all or nothing with the checks of a manual entry. */
class EmissionMandatsTest {

    private static final Tiers AGENT = new Tiers("DUPONT", "Marie", null, "AG-001", "01", "01", null,
            new Adresse("3 CHEMIN DES VIGNES", null, "74130", "BRIZON"), "FR7630006000011234567890189", null);
    private static final Tiers URSSAF = new Tiers("URSSAF RHONE-ALPES", null, "78861779300013", null, "60", "03", null,
            new Adresse("3 RUE DES CHATEAUX", null, "69200", "VENISSIEUX"), null, null);

    private CollectiviteId commune;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        Donnees.budgetVote(Donnees.utilisateur(commune, Role.ORDONNATEUR), commune);
    }

    private <T> T enPaie(Supplier<T> travail) {
        return new CallContext("gestionnaire.paie", commune, Set.of(Role.PAIE), "test").run(travail);
    }

    private static LotMandats lot(String net, String cotisations) {
        return new LotMandats(EXERCICE, null, LocalDate.of(EXERCICE, 11, 25), "PAIE NOVEMBRE 2026", List.of(
                new MandatDuLot(null, AGENT, "03", List.of(new LigneDuLot("6411", "020", new BigDecimal(net),
                        "Traitement novembre")), List.of()),
                new MandatDuLot("COTISATIONS NOVEMBRE 2026", URSSAF, "03", List.of(new LigneDuLot("6450", "020",
                        new BigDecimal(cotisations), "URSSAF novembre")), List.of())));
    }

    @Test
    void aLotIsIssuedOnChapter012InTheBudgetPrincipal() {
        List<Mandat> mandats = enPaie(() -> OsgiServices.service(EmissionMandats.class).emettre(commune,
                lot("1800", "700")));
        assertEquals(List.of(1, 2), mandats.stream().map(Mandat::numero).toList());
        assertEquals("012", mandats.get(0).lignes().get(0).imputation().chapitre());
        assertEquals("PAIE NOVEMBRE 2026", mandats.get(0).objet());
        assertEquals("COTISATIONS NOVEMBRE 2026", mandats.get(1).objet());
        assertEquals(2, Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?", commune.code()));
    }

    @Test
    void aLotBeyondTheCreditsIsRefusedWholeAndNothingIsWritten() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> enPaie(() -> OsgiServices.service(EmissionMandats.class).emettre(commune, lot("15000", "6000"))));
        assertEquals(List.of("Mandat 2 du lot (URSSAF RHONE-ALPES) : Crédits insuffisants au chapitre 012 (dépenses de "
                + "fonctionnement) pour le mandat n° 2/2026 : crédits ouverts 20 000,00 €, déjà mandaté 15 000,00 €, "
                + "montant demandé 6 000,00 €, manque 1 000,00 €."), e.erreurs());
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_piece WHERE collectivite = ?", commune.code()));
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_tiers WHERE collectivite = ?", commune.code()));
    }

    @Test
    void anArticleThatIsNotARealExpenseIsRefused() {
        LotMandats lot = new LotMandats(EXERCICE, "00", LocalDate.of(EXERCICE, 11, 25), "PAIE", List.of(
                new MandatDuLot(null, AGENT, "03", List.of(new LigneDuLot("6451", null, BigDecimal.TEN, null),
                        new LigneDuLot("777", null, BigDecimal.TEN, null)), List.of())));
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> enPaie(() -> OsgiServices.service(EmissionMandats.class).emettre(commune, lot)));
        assertEquals(List.of("Mandat 1 du lot (DUPONT Marie) : article 6451 inconnu ou supprimé du plan de comptes "
                + "M57_A 2024.", "Mandat 1 du lot (DUPONT Marie) : l'article 777 « Recettes et quote-part des "
                + "subventions d'investissement transférées au compte de résultat » n'est pas une dépense réelle : il "
                + "n'alimente aucun chapitre de mandat."), e.erreurs());
    }
}
