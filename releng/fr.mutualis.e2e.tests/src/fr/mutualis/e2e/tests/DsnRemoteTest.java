package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.AccesRefuseException;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.DeclarationDsn;
import fr.mutualis.payroll.api.DsnService;
import fr.mutualis.payroll.api.EmetteurDsn;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * The DSN mensuelle over the remote API: the server product as its own process, a client calling it over ECF. Brizon
 * (SIREN 217400498 from the shipped referentiel) pays three agents; the DSN of the month is refused until the
 * ordonnateur validates it, then comes back to the payroll role only, reconciled with the journal.
 */
class DsnRemoteTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final YearMonth JANVIER = YearMonth.of(2026, 1);
    static final EmetteurDsn EMETTEUR = new EmetteurDsn("00010", "Marie Martin", "paie@brizon.fr", null, true);

    static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(Map.of(), List.of(
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74049 paie",
                "mutualis:useradd -p " + PASSWORD + " maire Jean Maire",
                "mutualis:grant maire 74049 ordonnateur",
                "mutualis:enable 74049 paie"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theDsnOfAValidatedMonthComesBackReconciledToThePayrollRoleOnly() {
        try (ServerConnection gestionnaire = ServerConnection.open(server.address(), "gestionnaire", PASSWORD);
                ServerConnection maire = ServerConnection.open(server.address(), "maire", PASSWORD)) {
            AgentService agents = gestionnaire.service(AgentService.class);
            for (int i = 1; i <= 3; i++) {
                agents.creerAgent(BRIZON, PaieRemoteTest.agent(i == 3 ? 10 : i)); // agent 10 is a contractuel
            }
            gestionnaire.service(PaieService.class).lancerPaie(BRIZON, JANVIER);
            DsnService dsn = gestionnaire.service(DsnService.class);
            DonneeInvalideException brouillon = assertThrows(DonneeInvalideException.class,
                    () -> dsn.dsnMensuelle(BRIZON, JANVIER, EMETTEUR));
            assertTrue(brouillon.getMessage().startsWith("La DSN de janvier 2026 ne peut pas être produite : la paie "
                    + "du mois n'est pas validée (état : brouillon)."), brouillon.getMessage());
            maire.service(PaieService.class).validerPaie(BRIZON, JANVIER);

            DeclarationDsn declaration = dsn.dsnMensuelle(BRIZON, JANVIER, EMETTEUR);

            assertEquals(3, declaration.individus());
            assertTrue(declaration.contenu().startsWith("S10.G00.00.001,'MUTUALIS'\n"), declaration.contenu());
            assertTrue(declaration.contenu().contains("S10.G00.00.005,'01'\n"), "a test sending");
            assertTrue(declaration.contenu().contains("S21.G00.06.001,'217400498'\n"), declaration.contenu());
            assertTrue(declaration.contenu().contains("S20.G00.05.005,'01012026'\n"));
            assertEquals(List.of(), declaration.anomalies(), "date of birth and PCS-ESE are in the agent record");
            assertTrue(declaration.contenu().contains("S21.G00.40.004,'524c'\n"), "agent 10, a contractuel");
            assertTrue(declaration.rapprochements().stream().limit(8).allMatch(r -> r.endsWith("= journal.")),
                    declaration.rapprochements().toString());
            BigDecimal pas = gestionnaire.service(PaieService.class).journal(BRIZON, JANVIER).totaux()
                    .prelevementALaSource();
            assertTrue(declaration.rapprochements().contains("Prélèvement à la source (S21.G00.50.009) : "
                    + fr.mutualis.payroll.api.FormatFrancais.montant(pas) + " € = journal."),
                    declaration.rapprochements().toString());

            assertThrows(AccesRefuseException.class,
                    () -> maire.service(DsnService.class).dsnMensuelle(BRIZON, JANVIER, EMETTEUR),
                    "the file carries NIRs in clear: the ordonnateur without the payroll role is refused");
            assertThrows(AccesRefuseException.class, () -> dsn.dsnMensuelle(new CollectiviteId("74312"), JANVIER,
                    EMETTEUR), "another commune");
        }
    }
}
