package fr.mutualis.budget.server.tests;

import static fr.mutualis.budget.server.tests.Donnees.BUDGET;
import static fr.mutualis.budget.server.tests.Donnees.EXERCICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.server.internal.BudgetStore;
import fr.mutualis.budget.server.internal.ExecutionServiceImpl;
import fr.mutualis.budget.server.internal.Horloge;
import fr.mutualis.budget.server.internal.Referentiels;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.Role;
import fr.mutualis.core.server.context.CallContext;
import fr.mutualis.core.server.security.PersonalDataCipher;
import fr.mutualis.core.server.spi.AuditJournal;
import fr.mutualis.testing.OsgiServices;

/**
 * Invariant: during the journée complémentaire (until 31 January N+1, a dated parameter) only fonctionnement pièces
 * of N, dated 31/12/N, can be issued; afterwards none. The execution service runs on a fixed clock.
 */
class JourneeComplementaireTest {

    private static final LocalDate FIN_2026 = LocalDate.of(EXERCICE, 12, 31);
    private static final Imputation INFORMATIQUE = new Imputation(Section.INVESTISSEMENT, "21", "2183", "020", null);

    private CollectiviteId commune;
    private long tiers;

    @BeforeEach
    void commune() {
        commune = Donnees.nouvelleCommune();
        Donnees.sansEngagements(commune);
        Utilisateur ordonnateur = Donnees.utilisateur(commune, Role.ORDONNATEUR);
        Donnees.budgetVote(ordonnateur, commune);
        tiers = Donnees.fournisseur(ordonnateur, commune).id();
    }

    private ExecutionService au(LocalDate jour) {
        return new ExecutionServiceImpl(OsgiServices.service(BudgetStore.class),
                OsgiServices.service(Referentiels.class),
                new Horloge(Clock.fixed(jour.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(),
                        ZoneId.of("Europe/Paris"))),
                OsgiServices.service(AuditJournal.class), OsgiServices.service(PersonalDataCipher.class));
    }

    private Object emettre(LocalDate jour, Imputation imputation) {
        SaisiePiece saisie = new SaisiePiece(BUDGET, Sens.DEPENSE, EXERCICE, FIN_2026, "Rattachement", tiers,
                List.of(new LignePiece(imputation, new BigDecimal("50"), null, null)), List.of(), "03", null);
        return new CallContext("ordonnateur", commune, Set.of(Role.ORDONNATEUR), "test")
                .run(() -> au(jour).emettre(commune, saisie));
    }

    @Test
    void fonctionnementPiecesDatedDecember31ArePossibleUntilTheEndOfJanuary() {
        emettre(LocalDate.of(EXERCICE + 1, 1, 31), Donnees.FOURNITURES);
        assertEquals(1, Donnees.compter("SELECT COUNT(*) FROM budget_piece WHERE collectivite = ?", commune.code()));
    }

    @Test
    void noInvestmentPieceDuringTheJourneeComplementaire() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> emettre(LocalDate.of(EXERCICE + 1, 1, 15), INFORMATIQUE));
        assertEquals("La journée complémentaire ne concerne que la section de fonctionnement : le mandat n° 1/2026 "
                + "(investissement) ne peut plus être émis après le 31/12/2026.", e.getMessage());
        assertEquals(0, Donnees.compter("SELECT COUNT(*) FROM budget_piece WHERE collectivite = ?", commune.code()));
    }

    @Test
    void afterTheJourneeComplementaireNoPieceOfTheExercice() {
        DonneeInvalideException e = assertThrows(DonneeInvalideException.class,
                () -> emettre(LocalDate.of(EXERCICE + 1, 2, 1), Donnees.FOURNITURES));
        assertEquals("L'exercice 2026 est clos : après le 31/01/2027, plus aucune pièce de cet exercice ne peut être "
                + "émise (le mandat n° 1/2026).", e.getMessage());
    }
}
