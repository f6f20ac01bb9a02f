package org.storyline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scores of one benchmark run: per system, named metrics.
 *
 * <p>Scores are fractions in [0, 1]; throughput metrics ({@code pages_per_s}, {@code tokens_per_s},
 * {@code docs_per_s}) are rates. Systems and metrics keep the order they were added in, so the output is
 * deterministic.
 *
 * @param task the benchmark task ({@code extraction}, {@code ner}, ...)
 * @param data the data path as given on the command line
 * @param systems per system name, its metrics by lower-case name
 * @param notes lines for people shown under the table (counts, protocol remarks); not part of the JSON
 */
public record EvalReport(String task, String data, Map<String, Map<String, Double>> systems, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalReport {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(data, "data");
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        systems.forEach((name, metrics) -> {
            metrics.forEach((metric, value) -> checkMetric(name, metric, value));
            copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(metrics)));
        });
        systems = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    private static void checkMetric(String system, String metric, Double value) {
        if (!metric.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("expected a lower_snake metric name, found '" + metric + "'");
        }
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new IllegalArgumentException(
                    "expected a finite value for " + system + "." + metric + ", found " + value);
        }
    }

    /** One JSON object: {@code {"task": ..., "data": ..., "systems": {name: {metric: value}}}}. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("task", task);
        root.put("data", data);
        Map<String, Map<String, Double>> rounded = new LinkedHashMap<>();
        systems.forEach((name, metrics) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            metrics.forEach((metric, value) -> values.put(metric, round(value)));
            rounded.put(name, values);
        });
        root.put("systems", rounded);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the report as JSON", e);
        }
    }

    /** A fixed-width table, one row per system, followed by the notes. */
    public String toTable() {
        // columns in the order of the system with the most metrics, so a system without some (a 3-class
        // tagger has no f1 over four types) does not push them to the end
        Set<String> columns = new LinkedHashSet<>();
        systems.values().stream()
                .max(java.util.Comparator.comparingInt(Map::size))
                .ifPresent(widest -> columns.addAll(widest.keySet()));
        systems.values().forEach(metrics -> columns.addAll(metrics.keySet()));
        int nameWidth = Math.max(
                6, systems.keySet().stream().mapToInt(String::length).max().orElse(0));
        List<String> header = new ArrayList<>(columns);
        StringBuilder out = new StringBuilder();
        out.append(task).append(" — ").append(data).append('\n');
        out.append(pad("system", nameWidth));
        header.forEach(column -> out.append("  ").append(pad(column, width(column))));
        out.append('\n');
        systems.forEach((name, metrics) -> {
            out.append(pad(name, nameWidth));
            for (String column : header) {
                Double value = metrics.get(column);
                String cell = value == null ? "-" : format(column, value);
                out.append("  ").append(padLeft(cell, width(column)));
            }
            out.append('\n');
        });
        notes.forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    private static int width(String column) {
        return Math.max(7, column.length());
    }

    private static String format(String column, double value) {
        return column.endsWith("_per_s")
                ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
