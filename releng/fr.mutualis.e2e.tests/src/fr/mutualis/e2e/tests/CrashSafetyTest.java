package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.StatutBordereau;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;

/**
 * Crash safety of the server product: a long operation is started, the server process is killed with SIGKILL while
 * it runs (timed from the line the server logs when the operation's transaction starts), a new server is started on
 * the same data, and the operation is either wholly there or wholly absent, with the audit journal agreeing.
 */
class CrashSafetyTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final YearMonth JANVIER = YearMonth.of(2026, 1);
    static final int EXERCICE = 2026;
    static final LocalDate JOUR = LocalDate.of(EXERCICE, 4, 15);
    static final int AGENTS = 1_000; // a paged run of 120 agents ends in about the time a kill takes to land
    static final int MANDATS = 600; // enough for the sending to last longer than the time the kill takes to land
    /** 34,969 communes and 1,255 EPCIs in the shipped reference files. */
    static final String ALL_IMPORTED = "36 224 collectivité(s)";

    @Test
    void aReferenceImportKilledInTheMiddleLeavesNothingAndRunsAgain() throws IOException {
        ServerProcess server = ServerProcess.spawn(Files.createTempDirectory("mutualis-crash-import-"), Map.of(),
                List.of("mutualis:import"));
        killInside(server, "Reference import started (one transaction)", Duration.ofMillis(100));
        assertFalse(server.output().contains("Import terminé"), "the kill came after the import:\n" + server.output());

        try (ServerProcess after = server.restart(List.of("mutualis:list -n 1", "mutualis:audit -n 1000",
                "mutualis:import", "mutualis:list -n 1"))) {
            List<String> lines = after.output().lines().toList();
            int marker = lines.indexOf("mutualis> mutualis:audit -n 1000");
            String avant = String.join("\n", lines.subList(0, marker));
            String journal = String.join("\n", lines.subList(marker, lines.indexOf("mutualis> mutualis:import")));
            boolean whole = avant.contains(ALL_IMPORTED);
            assertTrue(whole || avant.contains("\n0 collectivité(s)"), "all or nothing:\n" + avant);
            assertEquals(whole ? 1 : 0, count(journal, "referentiel.importer"), "the journal matches:\n" + journal);
            System.out.println("CrashSafetyTest: import killed, after restart " + (whole ? "wholly there" : "wholly absent")
                    + "; imported again: " + after.output().contains(ALL_IMPORTED));
            assertTrue(after.output().lines().filter(l -> l.startsWith(ALL_IMPORTED)).count() >= 1, after.output());
        }
    }

    @Test
    void whatTheServerAcknowledgedSurvivesAKillAtOnce() {
        ServerProcess server = ServerProcess.start(Map.of(), List.of(
                "mutualis:add 74049 commune 5500 Brizon",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74049 paie",
                "mutualis:enable 74049 paie"));
        long id;
        try (ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            id = c.service(AgentService.class).creerAgent(BRIZON, PaieRemoteTest.agent(1)).id();
        }
        server.kill(); // at once: the answer meant the agent is in the database
        try (ServerProcess after = server.restart(List.of());
                ServerConnection c = ServerConnection.open(after.address(), "gestionnaire", PASSWORD)) {
            assertEquals(id, c.service(AgentService.class).agent(BRIZON, id).id());
        }
    }

    @Test
    void aPayrollRunKilledInTheMiddleIsWhollyThereOrWhollyAbsent() throws Exception {
        ServerProcess server = ServerProcess.start(Map.of(), List.of(
                "mutualis:add 74049 commune 5500 Brizon",
                "mutualis:useradd -p " + PASSWORD + " gestionnaire Paule Gestionnaire",
                "mutualis:grant gestionnaire 74049 paie",
                "mutualis:enable 74049 paie"));
        try (ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
            AgentService agents = c.service(AgentService.class);
            for (int i = 1; i <= AGENTS; i++) {
                agents.creerAgent(BRIZON, PaieRemoteTest.agent(i));
            }
        }
        AtomicBoolean returned = new AtomicBoolean();
        Thread run = new Thread(() -> {
            try (ServerConnection c = ServerConnection.open(server.address(), "gestionnaire", PASSWORD)) {
                c.service(PaieService.class).lancerPaie(BRIZON, JANVIER);
                returned.set(true);
            } catch (RuntimeException e) {
                // the server was killed under the call
            }
        }, "payroll-run");
        run.start();
        killInside(server, "Payroll 2026-01 of 74049: run started", Duration.ofMillis(20));
        assertFalse(returned.get(), "the kill came after the payroll run");
        run.join(30_000);

        try (ServerProcess after = server.restart(List.of("mutualis:audit -c 74049 -n 1000"));
                ServerConnection c = ServerConnection.open(after.address(), "gestionnaire", PASSWORD)) {
            PaieService paie = c.service(PaieService.class);
            int bulletins = paie.bulletins(BRIZON, JANVIER).size();
            assertTrue(bulletins == 0 || bulletins == AGENTS, "all or nothing: " + bulletins + " payslips");
            assertEquals(bulletins == 0 ? 0 : 1, count(after.output(), "paie.lancer"), after.output());
            assertEquals(AGENTS, count(after.output(), "paie.agent.creer"), after.output());
            System.out.println("CrashSafetyTest: payroll run of " + AGENTS + " agents killed, after restart "
                    + (bulletins == 0 ? "wholly absent" : "wholly there"));
            long debut = System.nanoTime();
            assertEquals(AGENTS, paie.lancerPaie(BRIZON, JANVIER).nombreBulletins(), "the run works after the crash");
            System.out.printf("CrashSafetyTest: the same run, uninterrupted, takes %d ms%n",
                    (System.nanoTime() - debut) / 1_000_000);
            assertEquals(AGENTS, paie.bulletins(BRIZON, JANVIER).size());
        }
    }

    @Test
    void aBordereauOfManyMandatsKilledWhileSentIsWhollySentOrNotAndNumberingStaysGapFree() throws Exception {
        Path csv = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(csv, BudgetRemoteTest.BP_BRIZON, StandardCharsets.UTF_8);
        ServerProcess server = ServerProcess.start(Map.of(), List.of(
                "mutualis:add 74049 commune 550 Brizon",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:grant secretaire 74049 saisie ordonnateur",
                "mutualis:enable 74049 budget",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:engagements 74049 non",
                "budget:import -d 2026-03-30 74049 00 2026 " + csv));
        long bordereau;
        List<Integer> numeros = new ArrayList<>();
        try (ServerConnection c = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
            long tiers = c.service(TiersService.class).enregistrerTiers(BRIZON, BudgetRemoteTest.FOURNISSEUR).id();
            ExecutionService execution = c.service(ExecutionService.class);
            for (int i = 0; i < MANDATS; i++) {
                numeros.add(execution.emettre(BRIZON, mandat(tiers, "10.00")).numero());
            }
            bordereau = c.service(BordereauService.class).preparer(BRIZON, new PreparationBordereau("00",
                    Sens.DEPENSE, EXERCICE, JOUR, numeros)).id();
        }
        AtomicBoolean returned = new AtomicBoolean();
        Thread send = new Thread(() -> {
            try (ServerConnection c = ServerConnection.open(server.address(), "secretaire", PASSWORD)) {
                c.service(BordereauService.class).envoyer(BRIZON, bordereau);
                returned.set(true);
            } catch (RuntimeException e) {
                // the server was killed under the call
            }
        }, "bordereau-send");
        send.start();
        killInside(server, "Bordereau " + bordereau + " of 74049: sending started", Duration.ofMillis(10));
        assertFalse(returned.get(), "the kill came after the bordereau was sent");
        send.join(30_000);

        try (ServerProcess after = server.restart(List.of("mutualis:audit -c 74049 -n 1000"));
                ServerConnection c = ServerConnection.open(after.address(), "secretaire", PASSWORD)) {
            BordereauService bordereaux = c.service(BordereauService.class);
            FicheBordereau fiche = bordereaux.bordereaux(BRIZON, "00", EXERCICE).get(0);
            boolean envoye = fiche.numero() != null;
            assertEquals(envoye ? StatutBordereau.ENVOYE : StatutBordereau.EN_PREPARATION, fiche.statut());
            assertEquals(MANDATS, fiche.nombrePieces());
            assertEquals(envoye ? 1 : 0, count(after.output(), "bordereau.envoyer"), after.output());
            assertEquals(MANDATS, count(after.output(), "mandat.emettre"), after.output());
            System.out.println("CrashSafetyTest: sending of a bordereau of " + MANDATS + " mandats killed, after "
                    + "restart " + (envoye ? "wholly sent" : "wholly unsent"));
            FicheBordereau premier = envoye ? fiche : bordereaux.envoyer(BRIZON, bordereau);
            assertEquals(1, premier.numero(), "the first bordereau of the exercice is n° 1");
            long tiers = c.service(TiersService.class).tiers(BRIZON).get(0).id();
            int suivant = c.service(ExecutionService.class).emettre(BRIZON, mandat(tiers, "5.00")).numero();
            assertEquals(MANDATS + 1, suivant, "mandat numbering is gap-free");
            FicheBordereau second = bordereaux.envoyer(BRIZON, bordereaux.preparer(BRIZON,
                    new PreparationBordereau("00", Sens.DEPENSE, EXERCICE, JOUR, List.of(suivant))).id());
            assertEquals(2, second.numero(), "bordereau numbering is gap-free");
        }
    }

    private static SaisiePiece mandat(long tiers, String montant) {
        return new SaisiePiece("00", Sens.DEPENSE, EXERCICE, JOUR, "Fournitures", tiers,
                List.of(new LignePiece(BudgetRemoteTest.FOURNITURES, new BigDecimal(montant), null, null)), List.of(),
                "03", null);
    }

    /** Kills the server with SIGKILL {@code delay} after it logged {@code started}. */
    private static void killInside(ServerProcess server, String started, Duration delay) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (!server.log().contains(started)) {
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException("'" + started + "' never logged:\n" + server.output() + server.log());
            }
            sleep(10);
        }
        sleep(delay.toMillis());
        server.kill();
        System.out.println("CrashSafetyTest: SIGKILL " + delay.toMillis() + " ms after '" + started + "'");
    }

    private static int count(String text, String word) {
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
