package fr.mutualis.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

import org.junit.jupiter.api.Test;

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

    static final Duration SAMPLE = Duration.ofMillis(500);

    final Results results = new Results(Path.of(System.getProperty("mutualis.bench.output", "target/benchmarks")),
            "load");
    final List<Integer> sizes = Arrays.stream(System.getProperty("mutualis.bench.load", "").split(","))
            .map(String::strip).filter(s -> s.matches("\\d+")).map(Integer::valueOf).toList();
    /** Maven passes an empty property as "null". */
    final int kill = System.getProperty("mutualis.bench.kill", "").matches("\\d+")
            ? Integer.parseInt(System.getProperty("mutualis.bench.kill")) : 0;

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
                List<String[]> communes = LoadSetup.communes(database, total);
                long setup = System.nanoTime();
                LoadSetup.console(a, LoadSetup.setupCommands(communes));
                List<Secretaire> secretaires = LoadSetup.loginAndPrepare(communes, a, b);
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

    /** CPU time and peak resident memory of a node during a run, sampled every {@link #SAMPLE}. */
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
        WritesCheck.Verification check = WritesCheck.verify(database, load, secretaires.subList(0, n));
        results.add(new Results.Row(id + ".writes", "load: writes checked in PostgreSQL against what the secretaries "
                + "were told", n + " secretaries", check.believed(), "writes", Double.NaN, "-", "", "0 lost, 0 doubled",
                String.format(Locale.ROOT, "%d lost, %d doubled, %d written although the user was told it failed; "
                        + "%d failed user actions%s", check.lost(), check.doubled(), check.unacknowledged(),
                        load.failures.size(), load.failures.isEmpty() ? ""
                                : " (" + String.join(" | ", load.failures.subList(0,
                                        Math.min(5, load.failures.size()))) + ")")));
        if (check.lost() > 0 || check.doubled() > 0) {
            results.failed(id, new AssertionError(check.lost() + " lost and " + check.doubled() + " doubled writes"));
        }
        if (!killA && !load.failures.isEmpty()) {
            results.failed(id, new AssertionError("failed user actions without a kill: " + load.failures));
        }
    }
}
