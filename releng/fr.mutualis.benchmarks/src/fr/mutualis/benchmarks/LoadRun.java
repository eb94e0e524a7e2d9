package fr.mutualis.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the simulated secretaries of one load run did: the time of every call by method, the user actions that failed
 * (with the message the user saw), and what each secretary believes she wrote, to be checked against the database.
 */
final class LoadRun {

    /** A write the secretary was told succeeded: its kind, commune, and the key it can be found by in the database. */
    record Belief(String kind, String commune, String key) {
    }

    final int run;
    private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<Belief> beliefs = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    LoadRun(int run) {
        this.run = run;
    }

    /** One call of a user action, timed; a failure is counted as a failed user action and gives null. */
    <T> T call(String method, Supplier<T> action) {
        long start = System.nanoTime();
        try {
            T result = action.get();
            millis.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(Stats.millis(System.nanoTime() - start));
            return result;
        } catch (RuntimeException e) {
            failures.add(method + ": " + e.getMessage());
            return null;
        } finally {
            calls.incrementAndGet();
        }
    }

    void believe(String kind, String commune, String key) {
        beliefs.add(new Belief(kind, commune, key));
    }

    /** The times of the calls that succeeded, by method (sorted by name). */
    Map<String, List<Double>> millisByMethod() {
        return new TreeMap<>(millis);
    }

    List<Double> allMillis() {
        List<Double> all = new ArrayList<>();
        millis.values().forEach(all::addAll);
        return all;
    }
}
