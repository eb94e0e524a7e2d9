package fr.mutualis.e2e.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BordereauService;
import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.DemandeVirement;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheBordereau;
import fr.mutualis.budget.api.Imputation;
import fr.mutualis.budget.api.LignePiece;
import fr.mutualis.budget.api.LigneRegistre;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.PreparationBordereau;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.Section;
import fr.mutualis.budget.api.Sens;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.budget.api.Virement;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.DonneeInvalideException;
import fr.mutualis.core.api.MutualisException;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;
import fr.mutualis.urbanism.api.CanalDepot;
import fr.mutualis.urbanism.api.DepotDossier;
import fr.mutualis.urbanism.api.DossierDetail;
import fr.mutualis.urbanism.api.Parcelle;
import fr.mutualis.urbanism.api.Petitionnaire;
import fr.mutualis.urbanism.api.TypeDossier;
import fr.mutualis.urbanism.api.UrbanismeService;

/**
 * Many concurrent writers (issue 16 item 4), each thread on its own client connection, spread over two server nodes
 * on the same PostgreSQL database when the tests run on PostgreSQL (on H2, one node): credits, the 7.5 % cap on
 * virements, gap-free unique numbers of mandats, bordereaux and urbanism dossiers, one payroll of a month. Every
 * refusal reaches the client as a French business message, never as an internal error.
 */
class ConcurrentWritersTest {

    static final String PASSWORD = "secret-de-test-1";
    static final CollectiviteId BRIZON = new CollectiviteId("74049");
    static final CollectiviteId VOUGY = new CollectiviteId("74312");
    static final int EXERCICE = 2026;
    static final LocalDate JOUR = LocalDate.of(EXERCICE, 4, 15);
    static final Imputation PERSONNEL = new Imputation(Section.FONCTIONNEMENT, "012", "6411", "020", null);
    static final int WRITERS = 8;
    static final int AGENTS = 60;

    static ServerProcess nodeA;
    static ServerProcess nodeB;

    @BeforeAll
    static void startNodes() throws Exception {
        Path csv = Files.createTempFile("bp-brizon-", ".csv");
        Files.writeString(csv, BudgetRemoteTest.BP_BRIZON, StandardCharsets.UTF_8);
        // the nodes share the database, so the key of its personal data (IBAN, NIR) too
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> shared = Map.of("crypto.key", Base64.getEncoder().encodeToString(key));
        nodeA = ServerProcess.start(shared, List.of(
                "mutualis:add 74049 commune 550 Brizon",
                "mutualis:add 74312 commune 700 Vougy",
                "mutualis:useradd -p " + PASSWORD + " secretaire Marie Secrétaire",
                "mutualis:grant secretaire 74049 saisie ordonnateur",
                "mutualis:grant secretaire 74312 paie saisie",
                "mutualis:enable 74049 budget",
                "mutualis:enable 74049 urbanisme",
                "mutualis:enable 74312 paie",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:engagements 74049 non",
                "budget:import -d 2026-03-30 -t 7.5 74049 00 2026 " + csv));
        if (TestDatabases.postgresql()) {
            Map<String, String> configuration = new HashMap<>(nodeA.database().configuration());
            configuration.putAll(shared);
            nodeB = ServerProcess.start(configuration, List.of());
        } else {
            nodeB = nodeA;
        }
        System.out.println("ConcurrentWritersTest: " + WRITERS + " writers on "
                + (nodeB == nodeA ? "one node (H2)" : "two nodes on one PostgreSQL database"));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null && nodeB != nodeA) {
            nodeB.close();
        }
        nodeA.close();
    }

    @Test
    void mandatsOnOneChapterNeverExceedItsCreditsAndAreNumberedWithoutGaps() throws Exception {
        long tiers = call(nodeA, c -> c.service(TiersService.class).enregistrerTiers(BRIZON,
                BudgetRemoteTest.FOURNISSEUR).id());
        // 8 writers x 8 mandats of 500.00 = 32,000.00 asked on chapter 012, whose credits are 20,000.00
        List<List<Object>> outcomes = concurrently(writer -> c -> {
            ExecutionService execution = c.service(ExecutionService.class);
            List<Object> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(outcome(() -> execution.emettre(BRIZON, mandat(tiers, PERSONNEL, "500.00"))));
            }
            return results;
        });
        List<Piece> emis = outcomes.stream().flatMap(List::stream).filter(Piece.class::isInstance)
                .map(Piece.class::cast).toList();
        List<String> refus = refusals(outcomes);
        assertEquals(40, emis.size(), "exactly the credits are consumed: " + refus);
        assertEquals(24, refus.size());
        refus.forEach(r -> assertTrue(r.startsWith("Crédits insuffisants au chapitre 012"), r));
        List<LigneRegistre> registre = call(nodeB, c -> c.service(ExecutionService.class).registre(BRIZON, "00",
                EXERCICE, Sens.DEPENSE));
        List<Integer> numeros = registre.stream().map(LigneRegistre::numero).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, numeros.size()).boxed().toList(), numeros, "gap-free and unique");
        assertEquals(new BigDecimal("20000.00"), registre.stream().map(LigneRegistre::montant)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));

        // every writer sends a bordereau of its own mandats at the same time: bordereaux numbered 1..n
        List<List<Integer>> parWriter = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            parWriter.add(new ArrayList<>());
        }
        for (int i = 0; i < numeros.size(); i++) {
            parWriter.get(i % WRITERS).add(numeros.get(i));
        }
        List<List<Object>> envois = concurrently(writer -> c -> {
            BordereauService bordereaux = c.service(BordereauService.class);
            return List.of(outcome(() -> bordereaux.envoyer(BRIZON, bordereaux.preparer(BRIZON,
                    new PreparationBordereau("00", Sens.DEPENSE, EXERCICE, JOUR, parWriter.get(writer))).id())));
        });
        assertEquals(List.of(), refusals(envois));
        List<Integer> bordereaux = envois.stream().flatMap(List::stream).map(FicheBordereau.class::cast)
                .map(FicheBordereau::numero).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, WRITERS).boxed().toList(), bordereaux, "bordereaux gap-free, unique");
    }

    @Test
    void virementsTogetherNeverPassTheCapOfSevenAndAHalfPercent() throws Exception {
        // cap: 7.5 % of the 33,000.00 of real expenses voted = 2,475.00; 8 writers x 5 virements of 100.00 asked
        List<List<Object>> outcomes = concurrently(writer -> c -> {
            BudgetService budgets = c.service(BudgetService.class);
            List<Object> results = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                results.add(outcome(() -> budgets.virer(BRIZON, new DemandeVirement("00", EXERCICE, JOUR, "65",
                        "011", new BigDecimal("100.00")))));
            }
            return results;
        });
        List<String> refus = refusals(outcomes);
        refus.forEach(r -> assertTrue(r.startsWith("Plafond des virements de crédits dépassé"), r));
        List<Virement> virements = call(nodeB, c -> c.service(BudgetService.class).virements(BRIZON, "00",
                EXERCICE));
        assertEquals(24, virements.size(), "as many as the cap allows: " + refus);
        assertEquals(16, refus.size());
        BigDecimal cumul = virements.stream().map(Virement::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(cumul.compareTo(new BigDecimal("2475.00")) <= 0, "cumul " + cumul);
    }

    @Test
    void dossiersFiledTogetherGetUniqueGapFreeNumbers() throws Exception {
        LocalDate aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris"));
        List<List<Object>> outcomes = concurrently(writer -> c -> {
            UrbanismeService urbanisme = c.service(UrbanismeService.class);
            List<Object> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(outcome(() -> urbanisme.deposer(BRIZON, DepotDossier.initial(TypeDossier.PCMI,
                        aujourdhui, CanalDepot.ELECTRONIQUE, "13406*07", new Petitionnaire("Durand", "Marie",
                                "1 place de l'Église, 74130 Brizon", "marie.durand@example.org"),
                        "Chemin des Prés, Brizon", List.of(new Parcelle("AB", 12)), "Maison individuelle"))));
            }
            return results;
        });
        assertEquals(List.of(), refusals(outcomes));
        List<Integer> sequences = outcomes.stream().flatMap(List::stream).map(DossierDetail.class::cast)
                .map(d -> Integer.parseInt(d.numero().replaceAll("^.*\\D", ""))).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, WRITERS * 3).boxed().toList(), sequences, "A423-3 numbers gap-free");
    }

    @Test
    void twoPayrollRunsOfTheSameMonthNeverBothHappen() throws Exception {
        call(nodeA, c -> {
            AgentService agents = c.service(AgentService.class);
            for (int i = 1; i <= AGENTS; i++) {
                agents.creerAgent(VOUGY, PaieRemoteTest.agent(i));
            }
            return null;
        });
        YearMonth mars = YearMonth.of(EXERCICE, 3);
        List<List<Object>> outcomes = concurrently(writer -> c -> List.of(outcome(
                () -> c.service(PaieService.class).lancerPaie(VOUGY, mars))));
        refusals(outcomes).forEach(r -> assertTrue(r.startsWith("La paie de mars 2026 est"), r));
        List<PaieMois> runs = outcomes.stream().flatMap(List::stream).filter(PaieMois.class::isInstance)
                .map(PaieMois.class::cast).toList();
        assertTrue(!runs.isEmpty(), "at least one run: " + outcomes);
        runs.forEach(run -> assertEquals(AGENTS, run.nombreBulletins()));
        assertEquals(AGENTS, call(nodeB, c -> c.service(PaieService.class).bulletins(VOUGY, mars)).size(),
                "one payslip per agent, never two");
    }

    /** Runs one task per writer at once, writer w on node A when w is even, else on node B, each logged in. */
    private static List<List<Object>> concurrently(Function<Integer, Function<ServerConnection, List<Object>>> work)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                ServerConnection c = ServerConnection.open((writer % 2 == 0 ? nodeA : nodeB).address(), "secretaire",
                        PASSWORD);
                futures.add(pool.submit((Callable<List<Object>>) () -> {
                    try (c) {
                        start.await();
                        return work.apply(writer).apply(c);
                    }
                }));
            }
            start.countDown();
            List<List<Object>> results = new ArrayList<>();
            for (Future<List<Object>> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result, or the French message of a business refusal; an internal error fails the test. */
    private static Object outcome(Supplier<Object> call) {
        try {
            return call.get();
        } catch (DonneeInvalideException e) {
            return new Refus(e.getMessage());
        } catch (MutualisException e) {
            throw new AssertionError("not a business refusal: " + e.getMessage(), e);
        }
    }

    private record Refus(String message) {
    }

    private static List<String> refusals(List<List<Object>> outcomes) {
        return Collections.unmodifiableList(outcomes.stream().flatMap(List::stream).filter(Refus.class::isInstance)
                .map(r -> ((Refus) r).message()).toList());
    }

    private static <T> T call(ServerProcess node, Function<ServerConnection, T> work) {
        try (ServerConnection c = ServerConnection.open(node.address(), "secretaire", PASSWORD)) {
            return work.apply(c);
        }
    }

    private static SaisiePiece mandat(long tiers, Imputation imputation, String montant) {
        return new SaisiePiece("00", Sens.DEPENSE, EXERCICE, JOUR, "Traitements", tiers,
                List.of(new LignePiece(imputation, new BigDecimal(montant), null, null)), List.of(), "03", null);
    }
}
