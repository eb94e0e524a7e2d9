package fr.mutualis.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mutualis.budget.api.BudgetService;
import fr.mutualis.budget.api.ExecutionService;
import fr.mutualis.budget.api.FicheTiers;
import fr.mutualis.budget.api.Piece;
import fr.mutualis.budget.api.RapportExecution;
import fr.mutualis.budget.api.SaisiePiece;
import fr.mutualis.budget.api.TiersService;
import fr.mutualis.core.api.CollectiviteDetail;
import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.core.api.CollectiviteService;
import fr.mutualis.payroll.api.AgentService;
import fr.mutualis.payroll.api.ImportAgentsService;
import fr.mutualis.payroll.api.PaieMois;
import fr.mutualis.payroll.api.PaieService;
import fr.mutualis.remote.client.ServerConnection;

/**
 * The benchmarks of issue 12, against the server product started as a process and called over ECF as the rich client
 * calls it, each figure beside a raw baseline measured in the same run, at two or three sizes so that a cost growing
 * with the data shows. Run by {@code releng/scripts/bench.sh} (see docs/benchmarks.md), never by the test command.
 */
class RegionBenchmarks {

    static final String PASSWORD = "bench-mot-de-passe-2026";
    static final CollectiviteId BRIZON = new CollectiviteId("74049"); // mandats one by one, calls
    static final CollectiviteId VOUGY = new CollectiviteId("74312"); // mandats loaded in bulk, execution report
    static final CollectiviteId AYSE = new CollectiviteId("74024"); // agents and payroll
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    final boolean full = "full".equals(System.getProperty("mutualis.bench.mode", "quick"));
    /** Maven passes an empty property as "null". */
    final Set<String> only = Arrays.stream(System.getProperty("mutualis.bench.only", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty() && !s.equals("null")).collect(Collectors.toSet());
    final Results results = new Results(Path.of(System.getProperty("mutualis.bench.output", "target/benchmarks")),
            full ? "full" : "quick");
    final Donnees donnees = new Donnees();
    double jvmStartMillis = Double.NaN;

    @Test
    void benchmarks() throws Exception {
        if (only.equals(Set.of("load"))) {
            return; // bench.sh --load: only LoadSimulation
        }
        run("jvm", this::jvmStart);
        Path data = ServerProduct.newDataFolder();
        Path bp = Files.createTempFile("bench-bp-", ".csv");
        Files.writeString(bp, Donnees.BP, StandardCharsets.UTF_8);
        List<String> init = List.of(
                "mutualis:import",
                "mutualis:import",
                "mutualis:useradd -p " + PASSWORD + " bench Béa Bench",
                "mutualis:grant bench 74049 saisie ordonnateur paie",
                "mutualis:grant bench 74312 saisie ordonnateur",
                "mutualis:grant bench 74024 paie",
                "mutualis:enable 74049 budget",
                "mutualis:enable 74312 budget",
                "mutualis:enable 74024 paie",
                "mutualis:enable 74049 paie",
                "budget:create 74049 00 principal A 074001 21740049800010 123 COMMUNE DE BRIZON - BUDGET PRINCIPAL",
                "budget:engagements 74049 non",
                "budget:import -d 2026-03-30 74049 00 2026 " + bp,
                "budget:create 74312 00 principal A 074002 21743120400015 456 COMMUNE DE VOUGY - BUDGET PRINCIPAL",
                "budget:engagements 74312 non",
                "budget:import -d 2026-03-30 74312 00 2026 " + bp);
        try (ServerProduct server = ServerProduct.start(data, init, "main")) {
            server.awaitListening(START_TIMEOUT);
            server.awaitInit(START_TIMEOUT);
            run("import", () -> importTimes(server));
            run("calls", () -> calls(server));
            run("mandats", () -> mandats(server));
            run("mandats", () -> lots(server));
            run("agents", () -> agentsAndPayroll(server));
            run("agentsimport", () -> agentsImport(server));
            run("execution", () -> execution(server));
        }
        run("starts", () -> starts(data));
        run("client", this::clientColdStart);
        assertEquals(List.of(), results.failures(), "every benchmark ran");
    }

    interface Benchmark {
        void run() throws Exception;
    }

    private void run(String id, Benchmark benchmark) {
        if (!only.isEmpty() && !only.contains(id) && !id.equals("jvm")) {
            return;
        }
        try {
            benchmark.run();
        } catch (Throwable e) {
            results.failed(id, e);
        }
    }

    private static String reps(List<Double> values, String unit) {
        return String.format(Locale.ROOT, "%d runs, min %s, median %s, max %s %s", values.size(),
                Results.number(Stats.min(values)), Results.number(Stats.median(values)),
                Results.number(Stats.max(values)), unit);
    }

    // ---- a JVM printing its version: the baseline of every start-up ----

    private void jvmStart() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, p.waitFor());
            times.add(Stats.millis(System.nanoTime() - start));
        }
        jvmStartMillis = Stats.median(times);
        results.add(new Results.Row("jvm.start", "a JVM printing its version (baseline of start-ups)", "-",
                jvmStartMillis, "ms", Double.NaN, "", "", "-", reps(times, "ms")));
    }

    // ---- reference import, read from the init script's output ----

    private void importTimes(ServerProduct server) {
        // the init script imports twice: the first imports, the second finds everything already there
        double first = Stats.millis(server.commandNanos("mutualis:import", 1));
        double repeat = Stats.millis(server.commandNanos("mutualis:import", 2));
        results.add(new Results.Row("import.first", "first reference import (mutualis:import, init script)",
                "34,969 communes + 1,255 EPCI", first, "ms", Double.NaN, "", "", "<= 3,000 ms", "1 run"));
        results.add(new Results.Row("import.repeat", "reference import again (nothing new)",
                "34,969 communes + 1,255 EPCI", repeat, "ms", Double.NaN, "", "", "-", "1 run"));
    }

    // ---- remote call latency: a cheap authenticated read, 1 and 8 clients ----

    private void calls(ServerProduct server) throws Exception {
        int warmup = 300;
        int perClient1 = full ? 5000 : 2000;
        int perClient8 = full ? 1000 : 400;
        CollectiviteDetail response;
        try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
            CollectiviteService service = c.service(CollectiviteService.class);
            response = service.consulter(BRIZON);
            for (int i = 0; i < warmup; i++) {
                service.consulter(BRIZON);
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < perClient1; i++) {
                long t = System.nanoTime();
                service.consulter(BRIZON);
                ms.add(Stats.millis(System.nanoTime() - t));
            }
            List<Double> echo = echoLatencies(response, 1, warmup, perClient1).get(0);
            row1("call.p50.1", "remote call consulter(collectivité), p50, 1 client", ms, echo, 50, "<= 5x");
            row1("call.p99.1", "remote call consulter(collectivité), p99, 1 client", ms, echo, 99, "-");
        }
        // 8 clients, each on its own connection, all calling at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<ServerConnection> connections = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                connections.add(ServerConnection.open(server.address(), "bench", PASSWORD));
            }
            try {
                List<Future<List<Double>>> futures = new ArrayList<>();
                long start = System.nanoTime();
                for (ServerConnection c : connections) {
                    futures.add(pool.submit(() -> {
                        CollectiviteService service = c.service(CollectiviteService.class);
                        for (int i = 0; i < warmup / 4; i++) {
                            service.consulter(BRIZON);
                        }
                        List<Double> ms = new ArrayList<>();
                        for (int i = 0; i < perClient8; i++) {
                            long t = System.nanoTime();
                            service.consulter(BRIZON);
                            ms.add(Stats.millis(System.nanoTime() - t));
                        }
                        return ms;
                    }));
                }
                List<Double> all = new ArrayList<>();
                for (Future<List<Double>> f : futures) {
                    all.addAll(f.get());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                List<List<Double>> echoes = echoLatencies(response, 8, warmup / 4, perClient8);
                List<Double> echo = echoes.stream().flatMap(List::stream).toList();
                row1("call.p50.8", "remote call consulter, p50, 8 clients at once", all, echo, 50, "<= 5x");
                row1("call.p99.8", "remote call consulter, p99, 8 clients at once", all, echo, 99, "-");
                double rate = all.size() / seconds;
                double echoRate = echo.size() / echoSeconds;
                results.add(new Results.Row("call.rate.8", "remote calls per second, 8 clients at once",
                        "8 x " + perClient8, rate, "calls/s", echoRate, "TCP echo, 8 clients",
                        Results.share(rate, echoRate), "scales with cores", "warm-up included in wall time"));
            } finally {
                connections.forEach(ServerConnection::close);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private double echoSeconds;

    private void row1(String id, String what, List<Double> ms, List<Double> echo, double p, String goal) {
        double value = Stats.percentile(ms, p);
        double base = Stats.percentile(echo, p);
        results.add(new Results.Row(id, what, ms.size() + " calls", value, "ms", base,
                "serialized request/response over loopback TCP", Results.times(value, base), goal,
                "p50 " + Results.number(Stats.percentile(ms, 50)) + ", p99 " + Results.number(Stats.percentile(ms, 99))
                        + ", max " + Results.number(Stats.max(ms)) + " ms"));
    }

    /** Latencies of the TCP echo with the same request and response objects, per client. */
    private List<List<Double>> echoLatencies(CollectiviteDetail response, int clients, int warmup, int calls)
            throws Exception {
        Object[] request = { "fr.mutualis.core.api.CollectiviteService", "consulter", BRIZON };
        try (TcpEcho echo = new TcpEcho(response)) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<List<Double>>> futures = new ArrayList<>();
                long start = System.nanoTime();
                for (int k = 0; k < clients; k++) {
                    futures.add(pool.submit(() -> {
                        try (TcpEcho.Client client = echo.new Client()) {
                            for (int i = 0; i < warmup; i++) {
                                client.call(request);
                            }
                            List<Double> ms = new ArrayList<>();
                            for (int i = 0; i < calls; i++) {
                                long t = System.nanoTime();
                                client.call(request);
                                ms.add(Stats.millis(System.nanoTime() - t));
                            }
                            return ms;
                        }
                    }));
                }
                List<List<Double>> all = new ArrayList<>();
                for (Future<List<Double>> f : futures) {
                    all.add(f.get());
                }
                echoSeconds = (System.nanoTime() - start) / 1e9;
                return all;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // ---- recording mandats one by one, cost per mandat as the count grows ----

    private void mandats(ServerProduct server) throws Exception {
        int block = full ? 400 : 150;
        try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
            long tiers = c.service(TiersService.class).tiers(BRIZON).stream()
                    .filter(t -> "73282932000074".equals(t.tiers().identifiant())).findFirst().map(FicheTiers::id)
                    .orElseGet(() -> c.service(TiersService.class).enregistrerTiers(BRIZON, Donnees.FOURNISSEUR).id());
            ExecutionService execution = c.service(ExecutionService.class);
            CollectiviteService collectivites = c.service(CollectiviteService.class);
            execution.emettre(BRIZON, Donnees.mandat(tiers, 0)); // warm-up
            double baseline = RawJdbc.batchInsertRate(20_000);
            int n = 1;
            for (int b = 1; b <= 3; b++) {
                List<Double> emettre = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < block; i++) {
                    long t = System.nanoTime();
                    execution.emettre(BRIZON, Donnees.mandat(tiers, n++));
                    emettre.add(Stats.millis(System.nanoTime() - t));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = block / seconds;
                results.add(new Results.Row("mandats.one." + b, "recording mandats one by one (emettre), rate",
                        "mandats " + (n - block) + "-" + (n - 1), rate, "mandats/s", baseline,
                        "JDBC batch insert of pièce + ligne into " + RawJdbc.database(), Results.share(rate, baseline), ">= 50 %",
                        String.format(Locale.ROOT, "%.1f ms per mandat", 1000 * seconds / block)));
                // the fixed cost of a call, right after the block: a cheap authenticated read over the same connection
                List<Double> appel = new ArrayList<>();
                for (int i = 0; i < block; i++) {
                    long t = System.nanoTime();
                    collectivites.consulter(BRIZON);
                    appel.add(Stats.millis(System.nanoTime() - t));
                }
                double serveur = Stats.median(emettre) - Stats.median(appel);
                double taux = 1000 / serveur;
                results.add(new Results.Row("mandats.one.server." + b,
                        "recording one mandat beyond a call's fixed cost (p50 emettre - p50 consulter), rate",
                        "mandats " + (n - block) + "-" + (n - 1), taux, "mandats/s", baseline,
                        "JDBC batch insert of pièce + ligne into " + RawJdbc.database(), Results.share(taux, baseline),
                        ">= 50 %", String.format(Locale.ROOT, "p50 emettre %.3f ms - p50 consulter %.3f ms = %.3f ms",
                                Stats.median(emettre), Stats.median(appel), serveur)));
            }
        }
    }

    // ---- recording lots of mandats (a bordereau of a region), cost per mandat as the count grows ----

    private void lots(ServerProduct server) throws Exception {
        int lot = 2000;
        try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
            long tiers = c.service(TiersService.class).tiers(BRIZON).stream()
                    .filter(t -> "73282932000074".equals(t.tiers().identifiant())).findFirst().map(FicheTiers::id)
                    .orElseGet(() -> c.service(TiersService.class).enregistrerTiers(BRIZON, Donnees.FOURNISSEUR).id());
            ExecutionService execution = c.service(ExecutionService.class);
            int n = 100_000; // objects apart from the mandats recorded one by one
            execution.emettreLot(BRIZON, Donnees.lot(tiers, n, 200)); // warm-up
            n += 200;
            for (int i = 0; i < 2; i++) { // warm-up at the measured size: JFR saw both JVMs still compiling its paths
                execution.emettreLot(BRIZON, Donnees.lot(tiers, n, lot));
                n += lot;
            }
            double baseline = RawJdbc.batchInsertRate(20_000);
            // the fixed cost of a lot (call, transaction, locks, totals): lots of one mandat
            List<Double> unique = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                execution.emettreLot(BRIZON, Donnees.lot(tiers, n++, 1));
                unique.add(Stats.millis(System.nanoTime() - t));
            }
            double fixe = Stats.median(unique);
            for (int b = 1; b <= 3; b++) {
                List<SaisiePiece> saisies = Donnees.lot(tiers, n, lot);
                n += lot;
                long cpuServeur = server.cpuNanos();
                long cpuClient = Machine.ownCpuNanos();
                long start = System.nanoTime();
                List<Piece> pieces = execution.emettreLot(BRIZON, saisies);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuServeurMs = (server.cpuNanos() - cpuServeur) / 1e6;
                double cpuClientMs = (Machine.ownCpuNanos() - cpuClient) / 1e6;
                assertEquals(lot, pieces.size());
                double rate = lot / seconds;
                String size = String.format(Locale.ROOT, "lot %d of %,d (mandats %d-%d)", b, lot,
                        pieces.get(0).numero(), pieces.get(lot - 1).numero());
                results.add(new Results.Row("mandats.lot." + b, "recording a lot of mandats (emettreLot), rate",
                        size, rate, "mandats/s", baseline, "JDBC batch insert of pièce + ligne into " + RawJdbc.database(),
                        Results.share(rate, baseline), ">= 50 %",
                        String.format(Locale.ROOT, "%.0f ms per lot, %.2f ms per mandat", 1000 * seconds,
                                1000 * seconds / lot)));
                // CPU time rather than wall time: on a shared machine a thread waits for a core as long as the
                // others' load decides, and the baseline ran at another moment. Server and benchmark (client) JVMs.
                double cpuParMandat = (cpuServeurMs + cpuClientMs) / lot;
                double cpuBaseline = RawJdbc.lastCpuNanosPerRow() / 1e6;
                results.add(new Results.Row("mandats.lot.cpu." + b,
                        "recording a lot of mandats (emettreLot), CPU time per mandat (server + client processes)",
                        size, cpuParMandat, "ms CPU/mandat", cpuBaseline,
                        "CPU time per row of the JDBC batch insert of pièce + ligne into " + RawJdbc.database()
                                + " (benchmark JVM)", Results.share(cpuBaseline, cpuParMandat), ">= 50 %",
                        String.format(Locale.ROOT, "server %.0f ms + client %.0f ms CPU for %d mandats; baseline %.4f ms "
                                + "CPU per row", cpuServeurMs, cpuClientMs, lot, cpuBaseline)));
                double parMandat = (1000 * seconds - fixe) / (lot - 1);
                double taux = 1000 / parMandat;
                results.add(new Results.Row("mandats.lot.server." + b,
                        "recording a mandat in a lot beyond the lot's fixed cost ((lot - lot of 1) / 1,999), rate",
                        size, taux, "mandats/s", baseline, "JDBC batch insert of pièce + ligne into "
                                + RawJdbc.database(), Results.share(taux, baseline), ">= 50 %",
                        String.format(Locale.ROOT, "(%.0f ms - %.2f ms, p50 of 20 lots of 1) / %d = %.3f ms per mandat",
                                1000 * seconds, fixe, lot - 1, parMandat)));
            }
        }
    }

    // ---- agent creation at growing sizes, payroll runs at each size ----

    private void agentsAndPayroll(ServerProduct server) throws Exception {
        int[] sizes = full ? new int[] { 1000, 10000 } : new int[] { 500, 2000 };
        try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
            AgentService agents = c.service(AgentService.class);
            PaieService paie = c.service(PaieService.class);
            for (int i = 1; i <= 200; i++) { // warm-up (JIT) in another collectivity, so the first size is not cold
                agents.creerAgent(BRIZON, donnees.agent(100_000 + i));
            }
            int created = 0;
            long total = System.nanoTime();
            for (int size : sizes) {
                int window = Math.min(100, size / 5);
                while (created < size - window) {
                    agents.creerAgent(AYSE, donnees.agent(++created));
                }
                long start = System.nanoTime();
                while (created < size) {
                    agents.creerAgent(AYSE, donnees.agent(++created));
                }
                double perAgent = Stats.millis(System.nanoTime() - start) / window;
                results.add(new Results.Row("agents.create." + size, "creating an agent (creerAgent), cost per agent",
                        "agents " + (size - window + 1) + "-" + size, perAgent, "ms/agent", Double.NaN, "", "",
                        "constant", String.format(Locale.ROOT, "%d agents in %.1f s so far", created,
                                (System.nanoTime() - total) / 1e9)));
                List<Double> runs = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    long t = System.nanoTime();
                    PaieMois mois = paie.lancerPaie(AYSE, YearMonth.of(2026, 1));
                    runs.add(Stats.millis(System.nanoTime() - t));
                    assertEquals(size, mois.nombreBulletins());
                }
                results.add(new Results.Row("payroll.run." + size, "payroll run (lancerPaie)", size + " agents",
                        Stats.median(runs), "ms", Double.NaN, "", "", "10,000 agents <= 2,000 ms", reps(runs, "ms")));
            }
        }
    }

    // ---- 10,000 agents entered from one CSV file (issue 15, item 7) ----

    private void agentsImport(ServerProduct server) throws Exception {
        int n = 10_000;
        StringBuilder csv = new StringBuilder(Donnees.ENTETE_AGENTS);
        for (int i = 1; i <= n; i++) {
            csv.append(Donnees.ligneCsv(donnees.agent(200_000 + i)));
        }
        double baseline = RawJdbc.agentInsertMillis(n);
        try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
            ImportAgentsService importation = c.service(ImportAgentsService.class);
            long start = System.nanoTime();
            assertEquals(n, importation.importerAgents(BRIZON, csv.toString()));
            double millis = Stats.millis(System.nanoTime() - start);
            results.add(new Results.Row("agents.import." + n, "importing agents from one CSV file (importerAgents: "
                    + "parse, checks with a trial payslip each, encryption, JDBC batches)", n + " agents", millis, "ms",
                    baseline, "JDBC batch insert of the same rows (agent + IFSE line) into H2",
                    String.format(Locale.ROOT, "x %.1f", millis / baseline), "10,000 agents in seconds, not minutes",
                    String.format(Locale.ROOT, "%.2f ms per agent, file of %d KB sent in one call", millis / n,
                            csv.length() / 1024)));
        }
    }

    // ---- budget execution report over mandats loaded in bulk ----

    private void execution(ServerProduct server) throws Exception {
        // the ledger at a region's size (1M pièces) in both modes: the rows are generated by the database in seconds
        int[] sizes = { 10_000, 100_000, 1_000_000 };
        long tiers;
        try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
            tiers = c.service(TiersService.class).enregistrerTiers(VOUGY, Donnees.FOURNISSEUR).id();
        }
        try (Connection db = server.connect()) {
            long budget;
            try (PreparedStatement s = db.prepareStatement(
                    "SELECT id FROM budget_budget WHERE collectivite = ? AND cod_bud = '00'")) {
                s.setString(1, VOUGY.code());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    budget = rs.getLong(1);
                }
            }
            int loaded = 0;
            for (int size : sizes) {
                long load = System.nanoTime();
                db.setAutoCommit(false);
                BigDecimal montant = RawJdbc.generatePieces(db, VOUGY.code(), budget, tiers, loaded + 1,
                        size - loaded);
                RawJdbc.addToTotals(db, budget, montant);
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("UPDATE budget_compteur SET dernier = " + size + " WHERE budget_id = " + budget
                            + " AND exercice = 2026 AND serie = 'MANDAT'");
                }
                db.commit();
                db.setAutoCommit(true);
                loaded = size;
                double loadSeconds = (System.nanoTime() - load) / 1e9;
                List<Double> api = new ArrayList<>();
                String error = null;
                try (ServerConnection c = ServerConnection.open(server.address(), "bench", PASSWORD)) {
                    BudgetService service = c.service(BudgetService.class);
                    for (int r = 0; r < 3; r++) {
                        long t = System.nanoTime();
                        RapportExecution rapport = service.execution(VOUGY, "00", Donnees.EXERCICE, jusquA(r));
                        api.add(Stats.millis(System.nanoTime() - t));
                        if (r == 0 && rapport.lignes().stream().noneMatch(l -> l.realise().signum() > 0)) {
                            throw new IllegalStateException("the report shows nothing executed: " + rapport.lignes());
                        }
                    }
                } catch (RuntimeException e) {
                    error = e.toString();
                }
                List<Double> sql = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    long t = System.nanoTime();
                    aggregate(db, budget, jusquA(r));
                    sql.add(Stats.millis(System.nanoTime() - t));
                }
                double base = Stats.median(sql);
                double value = api.isEmpty() ? Double.NaN : Stats.median(api);
                results.add(new Results.Row("execution." + size, "budget execution report (BudgetService.execution)",
                        String.format(Locale.ROOT, "%,d mandats", size), value, "ms", base,
                        "SQL aggregate over the same rows, JDBC, " + RawJdbc.database(), api.isEmpty() ? "" : Results.times(value, base),
                        "1M mandats <= 100 ms", (error != null ? "FAILED after " + api.size() + " runs: " + error + "; "
                                : reps(api, "ms") + "; ") + String.format(Locale.ROOT, "SQL %s; loaded in %.1f s",
                                        reps(sql, "ms"), loadSeconds)));
            }
        }
    }

    /**
     * The report's date for repetition {@code r}: a different date each time (every mandat is of 15 April, so the
     * same figures), because H2 gives back the cached result of a query repeated with the same parameters on
     * unchanged tables, which would time the cache, not the work.
     */
    static LocalDate jusquA(int r) {
        return LocalDate.of(Donnees.EXERCICE, 12, 31).minusDays(r);
    }

    /** What the report needs from the pièces, summed by the database. */
    static void aggregate(Connection db, long budget, LocalDate jusquA) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT l.section, p.sens, l.chapitre, p.nature, "
                + "SUM(l.montant) FROM budget_piece p JOIN budget_ligne_piece l ON l.piece_id = p.id "
                + "WHERE p.budget_id = ? AND p.exercice = ? AND p.date_piece <= ? "
                + "GROUP BY l.section, p.sens, l.chapitre, p.nature")) {
            s.setLong(1, budget);
            s.setInt(2, Donnees.EXERCICE);
            s.setDate(3, Date.valueOf(jusquA));
            try (ResultSet rs = s.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                if (rows == 0) {
                    throw new IllegalStateException("the SQL aggregate found no mandat");
                }
            }
        }
    }

    // ---- server start to remote port listening: empty, and with all communes ----

    /**
     * Start-ups with the database URL the product writes itself: the data folder of the benchmarks above loses its
     * {@code AUTO_SERVER=TRUE} (H2's file lock of that mode sleeps about 2 s at each opening), and the empty folders
     * never have it. With {@code mutualis.bench.server.before} (another build of the server product, {@code bench.sh
     * --before <dir>}), the same starts of that product alternate with these ones, on a copy of the same data.
     */
    private void starts(Path withCommunes) {
        ServerProduct.unshared(withCommunes);
        String before = System.getProperty("mutualis.bench.server.before", "");
        boolean compare = !before.isBlank() && !before.equals("null");
        String current = System.getProperty(fr.mutualis.testing.ServerProcess.PRODUCT_PROPERTY);
        Path beforeData = null;
        if (compare) {
            beforeData = ServerProduct.copyForAnotherProduct(withCommunes);
            // its first start on the copy fills its OSGi cache and writes its class archive, as the main run did above
            try (ServerProduct server = ServerProduct.start(before, beforeData, null, "before-first")) {
                server.awaitListening(START_TIMEOUT);
                server.awaitLine("serveur démarré", START_TIMEOUT);
            }
        }
        List<double[]> empty = new ArrayList<>();
        List<double[]> emptyBefore = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            if (compare) {
                emptyBefore.add(startOnce(before, ServerProduct.newDataFolder(false), "before-empty-" + r));
            }
            empty.add(startOnce(current, ServerProduct.newDataFolder(false), "empty-" + r));
        }
        List<double[]> full = new ArrayList<>();
        List<double[]> fullBefore = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            if (compare) {
                fullBefore.add(startOnce(before, beforeData, "before-restart-" + r));
            }
            full.add(startOnce(current, withCommunes, "restart-" + r));
        }
        if (compare) {
            startRows("start.empty.before", "BEFORE (" + before + "): server start, first start (empty data folder)",
                    "no data", emptyBefore);
            startRows("start.communes.before", "BEFORE: server start, with all communes and the data above",
                    "34,969 communes", fullBefore);
        }
        startRows("start.empty", "server start, first start (empty data folder)", "no data", empty);
        startRows("start.communes", "server start, with all communes and the data above", "34,969 communes", full);
    }

    /**
     * One start: the times to the remote port listening and to the start banner (every module started: logins are
     * served); the server is stopped then, so that its class archive and data are complete for the next start.
     */
    private static double[] startOnce(String product, Path data, String name) {
        try (ServerProduct server = ServerProduct.start(product, data, null, name)) {
            double listening = Stats.millis(server.awaitListening(START_TIMEOUT));
            double ready = Stats.millis(server.awaitLine("serveur démarré", START_TIMEOUT) - server.startNanos());
            return new double[] { listening, ready };
        }
    }

    private void startRows(String id, String what, String size, List<double[]> times) {
        startRow(id, what + ", to the remote port listening", size, times.stream().map(t -> t[0]).toList());
        startRow(id + ".ready", what + ", to every module started (start banner)", size,
                times.stream().map(t -> t[1]).toList());
    }

    private void startRow(String id, String what, String size, List<Double> ms) {
        double value = Stats.median(ms);
        results.add(new Results.Row(id, what, size, value, "ms", jvmStartMillis, "a JVM printing its version",
                Results.times(value, jvmStartMillis), "<= 5,000 ms", reps(ms, "ms")));
    }

    // ---- client cold start to the login window, under the display of the run (Xvfb) ----

    private void clientColdStart() throws Exception {
        String display = System.getenv("DISPLAY");
        Path product = Path.of(System.getProperty("mutualis.client.product", ""));
        if (display == null || display.isBlank()) {
            throw new IllegalStateException("no DISPLAY: run through releng/scripts/bench.sh, which starts Xvfb");
        }
        if (!Files.isExecutable(product.resolve("bin/mutualis-client"))) {
            throw new IllegalStateException("client product not found at " + product);
        }
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Path home = Files.createTempDirectory("mutualis-bench-client-");
            ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-client").toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("client.log").toFile());
            builder.environment().put("MUTUALIS_CLIENT_HOME", home.toString());
            builder.environment().put("MUTUALIS_SERVER", "ecftcp://localhost:3288/server");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            long start = System.nanoTime();
            Process client = builder.start();
            try {
                long deadline = start + Duration.ofMinutes(2).toNanos();
                while (!loginWindowShown()) {
                    if (!client.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("no login window; client log:\n"
                                + Files.readString(home.resolve("client.log")));
                    }
                    Thread.sleep(25);
                }
                ms.add(Stats.millis(System.nanoTime() - start));
            } finally {
                client.destroy();
                client.waitFor();
            }
        }
        double value = Stats.median(ms);
        results.add(new Results.Row("client.start", "client cold start to the login window (fresh client home)",
                "commune product", value, "ms", jvmStartMillis, "a JVM printing its version",
                Results.times(value, jvmStartMillis), "-", reps(ms, "ms")));
    }

    /** Whether a window titled as the login dialog is mapped on the display (xwininfo, from x11-utils). */
    private static boolean loginWindowShown() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
        String tree = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return tree.contains("\"Connexion à Mutualis"); // GTK adds a trailing space to the title
    }
}
