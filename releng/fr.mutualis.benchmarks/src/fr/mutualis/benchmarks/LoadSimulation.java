package fr.mutualis.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.mutualis.core.api.CollectiviteId;
import fr.mutualis.remote.client.ServerConnection;
import fr.mutualis.testing.ServerProcess;
import fr.mutualis.testing.TestDatabases;

/**
 * Issue 16, item 5: N simulated secretaries, each for her own commune (real INSEE communes, imported by the server),
 * each doing a month's work ({@link Secretaire#month}) at once against two server nodes on one PostgreSQL database;
 * throughput, p50/p99 per call, CPU and memory of each node, for each N of {@code mutualis.bench.load}. Then, with
 * {@code mutualis.bench.kill}, one more month for that many secretaries during which one node is killed (SIGKILL) in
 * the middle: lost and doubled writes are counted in the database, against what the secretaries were told they wrote.
 * Run by {@code releng/scripts/bench.sh --load 50,150,300 --kill 150} (docs/benchmarks.md, "Load").
 */
class LoadSimulation {

    static final String PASSWORD = "charge-mot-de-passe-2026";
    static final Duration SAMPLE = Duration.ofMillis(500);

    final Results results = new Results(Path.of(System.getProperty("mutualis.bench.output", "target/benchmarks")),
            "load");
    final List<Integer> sizes = Arrays.stream(System.getProperty("mutualis.bench.load", "").split(","))
            .map(String::strip).filter(s -> s.matches("\\d+")).map(Integer::valueOf).toList();
    final int kill = Integer.parseInt(System.getProperty("mutualis.bench.kill", "0").replaceAll("\\D", "0"));

    @Test
    void secretariesOnTwoNodes() throws Exception {
        if (sizes.isEmpty()) {
            return; // no load asked (bench.sh --load)
        }
        assertTrue(ServerProduct.postgresql(), "the load simulation needs PostgreSQL (bench.sh --load starts one)");
        int total = Math.max(kill, sizes.stream().mapToInt(Integer::intValue).max().orElseThrow());
        try (TestDatabases.TestDatabase database = TestDatabases.create()) {
            Map<String, String> configuration = new HashMap<>(database.serverConfiguration());
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            configuration.put("crypto.key", Base64.getEncoder().encodeToString(key)); // the same on both nodes
            configuration.put("remote.preauth.perSource", "64"); // every simulated client comes from localhost
            configuration.put("remote.preauth.total", "128");
            ServerProcess a = ServerProcess.start(configuration, List.of("mutualis:import"));
            ServerProcess b = null;
            try {
                b = ServerProcess.start(configuration, List.of("mutualis:users"));
                List<String[]> communes = communes(database, total);
                long setup = System.nanoTime();
                console(a, setupCommands(communes));
                List<Secretaire> secretaires = loginAndPrepare(communes, a, b);
                System.out.printf(Locale.ROOT, "LOAD %d secretaries set up in %.0f s%n", secretaires.size(),
                        (System.nanoTime() - setup) / 1e9);
                int run = 0;
                for (int n : sizes) {
                    measure(++run, n, secretaires, a, b, database, false);
                }
                if (kill > 0) {
                    measure(++run, kill, secretaires, a, b, database, true);
                }
                secretaires.forEach(s -> s.connection.close());
            } finally {
                if (b != null) {
                    b.close();
                }
                a.close();
            }
        }
        assertEquals(List.of(), results.failures(), "every load run completed");
    }

    /** Real communes of Haute-Savoie and Savoie, from the reference the server imported. */
    private static List<String[]> communes(TestDatabases.TestDatabase database, int count) throws SQLException {
        List<String[]> communes = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("SELECT code, siren, nom "
                + "FROM collectivite WHERE kind = 'COMMUNE' AND departement IN ('74', '73') AND siren IS NOT NULL "
                + "ORDER BY departement DESC, code LIMIT ?")) {
            s.setInt(1, count);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    communes.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
                }
            }
        }
        assertEquals(count, communes.size(), "communes of 73 and 74");
        return communes;
    }

    /** An account per commune (saisie, ordonnateur, paie), its modules, a voted budget primitif. */
    private static List<String> setupCommands(List<String[]> communes) throws IOException {
        Path bp = Files.createTempFile("charge-bp-", ".csv");
        Files.writeString(bp, Donnees.BP, StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        int i = 0;
        for (String[] commune : communes) {
            String code = commune[0];
            i++;
            commands.add("mutualis:useradd -p " + PASSWORD + " " + login(code) + " Secrétaire " + code);
            commands.add("mutualis:grant " + login(code) + " " + code + " saisie ordonnateur paie");
            commands.add("mutualis:enable " + code + " budget");
            commands.add("mutualis:enable " + code + " paie");
            commands.add("mutualis:enable " + code + " urbanisme");
            commands.add(String.format(Locale.ROOT, "budget:create %s 00 principal A 0%s %s %03d BUDGET PRINCIPAL",
                    code, code.substring(0, 2) + String.format(Locale.ROOT, "%03d", i % 1000), siret(commune[1]),
                    i % 1000));
            commands.add("budget:engagements " + code + " non");
            commands.add("budget:import -d 2026-03-30 " + code + " 00 2026 " + bp);
        }
        return commands;
    }

    static String login(String code) {
        return "secretaire." + code.toLowerCase(Locale.ROOT);
    }

    /** The SIRET of the commune's main establishment: its SIREN, NIC 0001x with the Luhn key. */
    static String siret(String siren) {
        for (int d = 0; d <= 9; d++) {
            String candidate = siren + "0001" + d;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no SIRET for " + siren);
    }

    /** Pipes the commands into {@code bin/mutualis-console} of the node; fails on any refusal. */
    private static void console(ServerProcess node, List<String> commands) throws Exception {
        Path product = Path.of(System.getProperty(ServerProcess.PRODUCT_PROPERTY));
        ProcessBuilder builder = new ProcessBuilder(product.resolve("bin/mutualis-console").toString())
                .redirectErrorStream(true);
        builder.environment().put("MUTUALIS_DATA", node.dataDirectory().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        Thread feed = new Thread(() -> {
            try (var in = p.getOutputStream()) {
                in.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the console ended: its output says why
            }
        });
        feed.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the console ends");
        long budgets = out.lines().filter(l -> l.contains("Budget créé")).count();
        assertEquals(commands.size() / 8, budgets, () -> "every budget created:\n"
                + out.substring(Math.max(0, out.length() - 4000)));
    }

    /**
     * Logs every secretary in (half with the node list "A, B", half "B, A", as an operator spreads the clients) and
     * enters her supplier and her 5 to 20 agents; 8 at a time.
     */
    private static List<Secretaire> loginAndPrepare(List<String[]> communes, ServerProcess a, ServerProcess b)
            throws Exception {
        Donnees donnees = new Donnees();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Secretaire>> futures = new ArrayList<>();
            int first = 1;
            for (int i = 0; i < communes.size(); i++) {
                String code = communes.get(i)[0];
                String addresses = i % 2 == 0 ? a.address() + ", " + b.address() : b.address() + ", " + a.address();
                int agents = 5 + i % 16;
                int firstAgent = first;
                first += agents;
                futures.add(pool.submit(() -> {
                    Secretaire s = new Secretaire(new CollectiviteId(code), agents,
                            ServerConnection.open(addresses, login(code), PASSWORD));
                    s.prepare(donnees, firstAgent);
                    return s;
                }));
            }
            List<Secretaire> secretaires = new ArrayList<>();
            for (Future<Secretaire> f : futures) {
                secretaires.add(f.get());
            }
            return secretaires;
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time and peak resident memory of a node during a run, sampled every {@value}. */
    static final class NodeUsage {
        final ServerProcess node;
        final long cpuStart;
        long cpuEnd;
        long peakKb;

        NodeUsage(ServerProcess node) {
            this.node = node;
            this.cpuStart = node.cpuMillis();
            this.cpuEnd = cpuStart;
        }

        synchronized void sample() {
            try {
                cpuEnd = node.cpuMillis();
                peakKb = Math.max(peakKb, node.residentKilobytes());
            } catch (RuntimeException e) {
                // the node was killed: its last sample stands
            }
        }
    }

    private void measure(int run, int n, List<Secretaire> secretaires, ServerProcess a, ServerProcess b,
            TestDatabases.TestDatabase database, boolean killA) throws Exception {
        String id = killA ? "load.kill." + n : "load." + n;
        LoadRun load = new LoadRun(run);
        NodeUsage usageA = new NodeUsage(a);
        NodeUsage usageB = new NodeUsage(b);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        int expected = n * Secretaire.CALLS_PER_MONTH;
        long killedAt = -1;
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Secretaire s = secretaires.get(i);
                futures.add(pool.submit(() -> s.month(load)));
            }
            boolean done = false;
            while (!done) {
                Thread.sleep(killA && killedAt < 0 ? 20 : SAMPLE.toMillis());
                usageA.sample();
                usageB.sample();
                if (killA && killedAt < 0 && load.calls.get() >= expected * 2 / 5) {
                    a.kill();
                    killedAt = load.calls.get();
                    System.out.printf(Locale.ROOT, "LOAD node A killed after %d of %d calls%n", killedAt, expected);
                }
                done = futures.stream().allMatch(Future::isDone);
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        usageA.sample();
        usageB.sample();
        List<Double> all = load.allMillis();
        String machine = "2 cores shared with 3 other builds; " + ServerProduct.databaseName();
        double rate = all.size() / seconds;
        results.add(new Results.Row(id + ".rate", "load: calls per second, " + n + " secretaries at once"
                + (killA ? ", node A killed at " + killedAt + " calls" : ""), n + " secretaries", rate, "calls/s",
                Double.NaN, "-", "", "-", String.format(Locale.ROOT, "%d calls answered in %.1f s (%d per "
                        + "secretary-month), %d failed user actions; %s", all.size(), seconds,
                        Secretaire.CALLS_PER_MONTH, load.failures.size(), machine)));
        results.add(new Results.Row(id + ".p50", "load: any call, p50", n + " secretaries",
                Stats.percentile(all, 50), "ms", Double.NaN, "-", "", "-", String.format(Locale.ROOT,
                        "p99 %s ms, max %s ms", Results.number(Stats.percentile(all, 99)),
                        Results.number(Stats.max(all)))));
        for (Map.Entry<String, List<Double>> e : load.millisByMethod().entrySet()) {
            results.add(new Results.Row(id + "." + e.getKey(), "load: " + e.getKey() + ", p50 (p99 in detail)",
                    n + " secretaries", Stats.percentile(e.getValue(), 50), "ms", Double.NaN, "-", "", "-",
                    String.format(Locale.ROOT, "p99 %s ms, %d calls", Results.number(Stats.percentile(e.getValue(),
                            99)), e.getValue().size())));
        }
        for (NodeUsage usage : List.of(usageA, usageB)) {
            String node = usage == usageA ? "A" : "B";
            double cpu = 100.0 * (usage.cpuEnd - usage.cpuStart) / (seconds * 1000);
            results.add(new Results.Row(id + ".node" + node, "load: node " + node + " CPU (% of one core) over the run"
                    + (killA && usage == usageA ? " until killed" : ""), n + " secretaries", cpu, "% core",
                    Double.NaN, "-", "", "-", String.format(Locale.ROOT, "peak resident memory %d MB",
                            usage.peakKb / 1024)));
        }
        Verification check = verify(database, load, secretaires.subList(0, n));
        results.add(new Results.Row(id + ".writes", "load: writes checked in PostgreSQL against what the secretaries "
                + "were told", n + " secretaries", check.believed, "writes", Double.NaN, "-", "", "0 lost, 0 doubled",
                String.format(Locale.ROOT, "%d lost, %d doubled, %d written although the user was told it failed; "
                        + "%d failed user actions%s", check.lost, check.doubled, check.unacknowledged,
                        load.failures.size(), load.failures.isEmpty() ? ""
                                : " (" + String.join(" | ", load.failures.subList(0,
                                        Math.min(5, load.failures.size()))) + ")")));
        if (check.lost > 0 || check.doubled > 0) {
            results.failed(id, new AssertionError(check.lost + " lost and " + check.doubled + " doubled writes"));
        }
        if (!killA && !load.failures.isEmpty()) {
            results.failed(id, new AssertionError("failed user actions without a kill: " + load.failures));
        }
    }

    record Verification(int believed, int lost, int doubled, int unacknowledged) {
    }

    /**
     * Counts in the database, as its owner, what the run wrote for the communes of the run: each mandat and dossier
     * the secretary was told recorded must be there exactly once (found by its objet or description, unique to the
     * run), each bordereau once, each payroll run with one payslip per agent; rows of the run nobody was told about
     * are reported apart (written, but the user saw a failure).
     */
    private static Verification verify(TestDatabases.TestDatabase database, LoadRun load,
            List<Secretaire> secretaires) throws SQLException {
        int lost = 0;
        int doubled = 0;
        int unacknowledged = 0;
        String mois = java.time.YearMonth.of(2026, 6 + load.run).atDay(1).toString();
        Map<String, Integer> agents = new HashMap<>();
        secretaires.forEach(s -> agents.put(s.commune.code(), s.agents));
        try (Connection c = database.connect()) {
            Map<String, Integer> rows = new HashMap<>();
            count(c, "SELECT 'mandat|' || collectivite || '|' || objet, count(*) FROM budget_piece WHERE objet LIKE ? "
                    + "GROUP BY collectivite, objet", "Fournitures charge " + load.run + " %", rows);
            count(c, "SELECT 'dossier|' || collectivite || '|' || description, count(*) FROM urbanisme_dossier WHERE "
                    + "description LIKE ? GROUP BY collectivite, description", "Projet charge " + load.run + " %", rows);
            count(c, "SELECT 'bordereau|' || collectivite || '|' || id, count(*) FROM budget_bordereau WHERE "
                    + "date_bordereau = CAST(? AS DATE) GROUP BY collectivite, id",
                    Secretaire.bordereauDate(load.run).toString(), rows);
            count(c, "SELECT 'paie|' || m.collectivite || '|' || to_char(m.mois, 'YYYY-MM'), count(b.id) FROM paie_mois m "
                    + "LEFT JOIN paie_bulletin b ON b.paie_mois_id = m.id WHERE m.mois = CAST(? AS DATE) "
                    + "GROUP BY m.collectivite, m.mois", mois, rows);
            java.util.Set<String> believed = new java.util.HashSet<>();
            for (LoadRun.Belief belief : load.beliefs) {
                String key = belief.kind() + "|" + belief.commune() + "|" + belief.key();
                believed.add(key);
                int found = rows.getOrDefault(key, 0);
                int once = belief.kind().equals("paie") ? agents.get(belief.commune()) : 1;
                if (found == 0) {
                    lost++;
                } else if (found > once) {
                    doubled += belief.kind().equals("paie") ? 1 : found - once;
                }
            }
            for (String key : rows.keySet()) {
                if (!believed.contains(key)) {
                    unacknowledged++;
                }
            }
            // two bordereaux for one commune in one run would be a doubled preparation
            Map<String, Integer> bordereaux = new HashMap<>();
            rows.keySet().stream().filter(k -> k.startsWith("bordereau|"))
                    .forEach(k -> bordereaux.merge(k.split("\\|")[1], 1, Integer::sum));
            doubled += bordereaux.values().stream().mapToInt(v -> v - 1).sum();
            return new Verification(load.beliefs.size(), lost, doubled, unacknowledged);
        }
    }

    private static void count(Connection c, String sql, String parameter, Map<String, Integer> rows)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getInt(2));
                }
            }
        }
    }
}
