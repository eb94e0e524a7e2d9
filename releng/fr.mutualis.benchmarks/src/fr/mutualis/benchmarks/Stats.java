package fr.mutualis.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of measured durations or rates. */
final class Stats {

    private Stats() {
    }

    /** The p-th percentile (0 to 100, nearest rank) of the values. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
