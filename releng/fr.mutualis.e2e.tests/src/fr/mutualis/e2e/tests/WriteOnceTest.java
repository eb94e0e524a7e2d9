package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.RequestId;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ReponsePerdueException;
import fr.mutualis.remote.client.RequestIds;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * No lost and no doubled writes (issue 16 item 3): a write whose answer never reached the client (the connection cut
 * during the call, the server killed after the write) is retried with the same request id and happens exactly once,
 * the retry getting the first result back.
 */
class WriteOnceTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final YearMonth JANVIER = YearMonth.of(2026, 1);
    static final int EXERCICE = 2026;
    static final LocalDate JOUR = LocalDate.of(EXERCICE, 4, 15);
    static final int AGENTS = 400;
    static final String RUN_STARTED = "Payroll 2026-01 of 74049: run started";
    static final String RUN_STORED = "Payroll 2026-01 of 74049: " + AGENTS + " payslips computed and stored";

    @Test
    void aMandatRetriedWithItsRequestIdIsWrittenOnceAndAnswersTheFirstResult() throws Exception {
        Path csv = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(csv, BudgetRemoteTest.BP_BRIZON, StandardCharsets.UTF_8);
        try (ServerProcess server = ServerProcess.start(Map.of(), List.of(
                "mutualis:add 74049 commune 550 Brizon",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:useradd -p " + PASSWORD + " autre Paul Autre",
                "mutualis:grant secretaire 74049 saisie ordonnateur",
                "mutualis:grant autre 74049 saisie ordonnateur",
                "mutualis:enable 74049 budget",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:engagements 74049 non",
                "budget:import -d 2026-03-30 74049 00 2026 " + csv))) {
            RequestId id = RequestId.random();
            Piece premier;
            long tiers;
            try (ServerConnection c = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
                tiers = c.service(TiersService.class).enregistrerTiers(BRIZON, BudgetRemoteTest.FOURNISSEUR).id();
                premier = RequestIds.reuse(id, () -> c.service(ExecutionService.class).emettre(BRIZON,
                        mandat(tiers, "120.00")));
            }
            // the answer is taken as lost: the client retries on a new connection with the same id
            try (ServerConnection c = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
                ExecutionService execution = c.service(ExecutionService.class);
                Piece encore = RequestIds.reuse(id, () -> execution.emettre(BRIZON, mandat(tiers, "120.00")));
                assertEquals(premier, encore, "the retry answers the first result");
                assertEquals(1, execution.registre(BRIZON, "00", EXERCICE, Sens.DEPENSE).size(), "one mandat only");
                Piece suivant = execution.emettre(BRIZON, mandat(tiers, "120.00"));
                assertEquals(premier.numero() + 1, suivant.numero(), "a new id is a new mandat, numbered next");
            }
            // another user cannot read the first result back with a stolen id
            try (ServerConnection c = ServerConnection.open(server.address(), "autre", PASSWORD)) {
                ExecutionService execution = c.service(ExecutionService.class);
                DonneeInvalideException refus = assertThrows(DonneeInvalideException.class,
                        () -> RequestIds.reuse(id, () -> execution.emettre(BRIZON, mandat(tiers, "120.00"))));
                assertTrue(refus.getMessage().contains("déjà été traitée"), refus.getMessage());
                assertEquals(2, execution.registre(BRIZON, "00", EXERCICE, Sens.DEPENSE).size());
            }
            assertEquals(1, count(server.log(), "was written already"), server.log());
        }
    }

    @Test
    void aPayrollRunWhoseConnectionWasCutIsRetriedAndRunsOnce() {
        try (ServerProcess server = ServerProcess.start(Map.of(), paie())) {
            agents(server);
            ServerConnection first = ServerConnection.open(server.address(), "gestionnaire", PASSWORD);
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            Thread run = new Thread(() -> {
                try {
                    first.service(PaieService.class).lancerPaie(BRIZON, JANVIER);
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            }, "payroll-run");
            run.start();
            await(server, RUN_STARTED);
            first.close(); // the answer cannot arrive any more; the server goes on with the run
            join(run);
            ReponsePerdueException perdue = assertInstanceOfLost(failure.get());
            assertTrue(perdue.getMessage().contains("sans risque de doublon"), perdue.getMessage());
            await(server, RUN_STORED);
            try (ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
                PaieService paie = c.service(PaieService.class);
                PaieMois encore = RequestIds.reuse(perdue.requestId(), () -> paie.lancerPaie(BRIZON, JANVIER));
                assertEquals(AGENTS, encore.nombreBulletins());
                assertEquals(paie.etatPaie(BRIZON, JANVIER), encore, "the retry answers what the run stored");
                assertEquals(AGENTS, paie.bulletins(BRIZON, JANVIER).size());
            }
            assertEquals(1, count(server.log(), RUN_STARTED), "the payroll ran once:\n" + server.log());
            assertEquals(1, count(server.log(), "was written already"), server.log());
        }
    }

    @Test
    void aPayrollRunWhoseServerWasKilledAfterTheWriteIsRetriedAndRunsOnce() throws Exception {
        ServerProcess server = ServerProcess.start(Map.of(), paie());
        agents(server);
        RequestId id = RequestId.random();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try (ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
                outcome.set(RequestIds.reuse(id, () -> c.service(PaieService.class).lancerPaie(BRIZON, JANVIER)));
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        }, "payroll-run");
        run.start();
        await(server, RUN_STORED); // logged right after the commit, before the answer is sent
        server.kill();
        join(run);
        System.out.println("WriteOnceTest: server killed after the payroll write; the client got "
                + (outcome.get() instanceof PaieMois ? "the answer" : outcome.get()));
        try (ServerProcess after = server.restart(List.of("mutualis:audit -c 74049 -n 2000"));
                ServerConnection c = ServerConnection.open(after.address(), "gestionnaire", PASSWORD)) {
            PaieService paie = c.service(PaieService.class);
            PaieMois encore = RequestIds.reuse(id, () -> paie.lancerPaie(BRIZON, JANVIER));
            assertEquals(AGENTS, encore.nombreBulletins());
            if (outcome.get() instanceof PaieMois premier) {
                assertEquals(premier, encore, "the retry answers the first result");
            }
            assertEquals(AGENTS, paie.bulletins(BRIZON, JANVIER).size());
            assertEquals(1, count(after.output(), "paie.lancer"), "one payroll run in the journal:\n" + after.output());
            assertTrue(count(after.log(), RUN_STARTED) <= 1, "the retry did not run the payroll again");
            assertTrue(after.log().contains("was written already"), after.log());
        }
    }

    private static List<String> paie() {
        return List.of("mutualis:add 74049 commune 5500 Brizon",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74049 paie",
                "mutualis:enable 74049 paie");
    }

    private static void agents(ServerProcess server) {
        try (ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AgentService agents = c.service(AgentService.class);
            for (int i = 1; i <= AGENTS; i++) {
                agents.creerAgent(BRIZON, PaieRemoteTest.agent(i));
            }
        }
    }

    private static ReponsePerdueException assertInstanceOfLost(RuntimeException failure) {
        if (failure instanceof ReponsePerdueException lost) {
            return lost;
        }
        throw new AssertionError("expected a lost answer, got " + failure, failure);
    }

    static SaisiePiece mandat(long tiers, String montant) {
        return new SaisiePiece("00", Sens.DEPENSE, EXERCICE, JOUR, "Fournitures", tiers,
                List.of(new LignePiece(BudgetRemoteTest.FOURNITURES, new BigDecimal(montant), null, null)), List.of(),
                "03", null);
    }

    private static void await(ServerProcess server, String line) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (!server.log().contains(line)) {
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("'" + line + "' never logged:\n" + server.log());
            }
            sleep(5);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int count(String text, String word) {
        return (int) text.lines().filter(l -> l.contains(word)).count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
