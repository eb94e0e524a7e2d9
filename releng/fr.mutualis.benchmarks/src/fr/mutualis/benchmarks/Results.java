package fr.mutualis.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run, each beside the raw baseline measured in the same run, written as
 * {@code results.json} and {@code results.md} (a Markdown table) as soon as a figure is added, so that a run
 * stopped half-way still leaves what it measured.
 */
final class Results {

    /**
     * One line of the table.
     *
     * @param id       short stable key (e.g. {@code call.p50.1}) for comparing runs
     * @param what     what is measured, in words
     * @param size     the data size or concurrency it is measured at
     * @param value    the Mutualis figure
     * @param unit     its unit (ms, calls/s, mandats/s…)
     * @param baseline the raw baseline of the same run in the same unit, or NaN when there is none
     * @param baselineWhat what the baseline is
     * @param ratio    how the figure compares with the baseline, as text (e.g. "31x", "0.05 %"), or "" when none
     * @param goal     the goal of issue 12
     * @param detail   repetitions and spread, or why there is no figure
     */
    record Row(String id, String what, String size, double value, String unit, double baseline, String baselineWhat,
            String ratio, String goal, String detail) {
    }

    private final Path folder;
    private final String mode;
    private final Instant started = Instant.now();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    Results(Path folder, String mode) {
        this.folder = folder;
        this.mode = mode;
    }

    synchronized void add(Row row) {
        rows.add(row);
        System.out.printf(Locale.ROOT, "BENCH %-28s %-10s %12s %-10s | baseline %s | ratio %s | %s%n", row.id(),
                row.size(), number(row.value()), row.unit(), Double.isNaN(row.baseline()) ? "-"
                        : number(row.baseline()) + " " + row.unit(), row.ratio(), row.detail());
        write();
    }

    synchronized void failed(String benchmark, Throwable error) {
        failures.add(benchmark + ": " + error);
        System.out.println("BENCH FAILED " + benchmark + ": " + error);
        error.printStackTrace(System.out);
        write();
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** "31x" when the figure is a cost (lower is better), relative to the baseline. */
    static String times(double value, double baseline) {
        double ratio = value / baseline;
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3fx" : "%.1fx", ratio); // 0.049x: faster than the baseline
    }

    /** "0.05 %" when the figure is a rate (higher is better), as a share of the baseline's rate. */
    static String share(double value, double baseline) {
        double percent = 100 * value / baseline;
        return String.format(Locale.ROOT, percent < 1 ? "%.3f %%" : "%.1f %%", percent);
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private void write() {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("results.json"), json(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Mutualis benchmarks (").append(mode).append(" mode, started ").append(started).append(")\n\n");
        md.append(Machine.describe()).append("\n\n");
        md.append("| what | size | Mutualis | raw baseline, same run | ratio | goal | detail |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.what()).append(" | ").append(row.size()).append(" | ")
                    .append(number(row.value())).append(' ').append(row.unit()).append(" | ")
                    .append(Double.isNaN(row.baseline()) ? "-"
                            : number(row.baseline()) + " " + row.unit() + " (" + row.baselineWhat() + ")")
                    .append(" | ").append(row.ratio().isEmpty() ? "-" : row.ratio()).append(" | ")
                    .append(row.goal()).append(" | ").append(row.detail()).append(" |\n");
        }
        if (!failures.isEmpty()) {
            md.append("\n## Failed\n\n");
            failures.forEach(f -> md.append("- ").append(f.replace('\n', ' ')).append('\n'));
        }
        return md.toString();
    }

    private String json() {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"mode\": ").append(quote(mode)).append(",\n  \"started\": ").append(quote(started.toString()))
                .append(",\n  \"machine\": ").append(quote(Machine.describe())).append(",\n  \"results\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            json.append("    {\"id\": ").append(quote(r.id())).append(", \"what\": ").append(quote(r.what()))
                    .append(", \"size\": ").append(quote(r.size())).append(", \"value\": ").append(num(r.value()))
                    .append(", \"unit\": ").append(quote(r.unit())).append(", \"baseline\": ")
                    .append(num(r.baseline())).append(", \"baselineWhat\": ").append(quote(r.baselineWhat()))
                    .append(", \"ratio\": ").append(quote(r.ratio())).append(", \"goal\": ").append(quote(r.goal()))
                    .append(", \"detail\": ").append(quote(r.detail())).append('}')
                    .append(i < rows.size() - 1 ? ",\n" : "\n");
        }
        json.append("  ],\n  \"failures\": [");
        for (int i = 0; i < failures.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(failures.get(i)));
        }
        return json.append("]\n}\n").toString();
    }

    private static String num(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
