package org.storyline.eval.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recorded results: {@code quality.json} ({@code {task: {system: {metric: value}}}}, what the CI floor
 * compares with) and {@code quality-runs.json} (per task: command, start, wall time, load average; and the
 * machine of the last report). Tasks are kept in report order; a report over some tasks replaces those and
 * keeps the others. Immutable.
 */
public final class QualityRecord {
    public static final String RESULTS_FILE = "quality.json";
    public static final String RUNS_FILE = "quality-runs.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, TaskRun> runs;
    private final Optional<MachineInfo> machine;

    private QualityRecord(Map<String, TaskRun> runs, Optional<MachineInfo> machine) {
        Map<String, TaskRun> ordered = new LinkedHashMap<>();
        for (ReportTask task : ReportTasks.all()) {
            if (runs.containsKey(task.key())) {
                ordered.put(task.key(), runs.get(task.key()));
            }
        }
        runs.keySet().stream().filter(k -> !ordered.containsKey(k)).sorted().forEach(k -> ordered.put(k, runs.get(k)));
        this.runs = Collections.unmodifiableMap(ordered);
        this.machine = machine;
    }

    public static QualityRecord empty() {
        return new QualityRecord(Map.of(), Optional.empty());
    }

    /** The successful runs, by task key, in report order. */
    public Map<String, TaskRun> runs() {
        return runs;
    }

    public Optional<MachineInfo> machine() {
        return machine;
    }

    /** This record with {@code run} replacing its task's run; a failed run changes nothing. */
    public QualityRecord with(TaskRun run, MachineInfo on) {
        if (!run.succeeded()) {
            return this;
        }
        Map<String, TaskRun> next = new LinkedHashMap<>(runs);
        next.put(run.task(), run);
        return new QualityRecord(next, Optional.of(on));
    }

    /** {@code {task: {system: {metric: value}}}}, values rounded to six decimals. */
    public Map<String, Map<String, Map<String, Double>>> results() {
        Map<String, Map<String, Map<String, Double>>> results = new LinkedHashMap<>();
        runs.forEach((task, run) -> {
            Map<String, Map<String, Double>> systems = new LinkedHashMap<>();
            run.systems().forEach((system, metrics) -> {
                Map<String, Double> rounded = new LinkedHashMap<>();
                metrics.forEach((metric, value) -> rounded.put(metric, Math.round(value * 1e6) / 1e6));
                systems.put(system, rounded);
            });
            results.put(task, systems);
        });
        return results;
    }

    /** Reads both files from {@code folder}; an empty record when {@code quality.json} is not there. */
    public static QualityRecord read(Path folder) {
        return read(folder.resolve(RESULTS_FILE), folder.resolve(RUNS_FILE));
    }

    /** Reads the two files; an empty record when the results file is not there, no run details without the other. */
    public static QualityRecord read(Path resultsFile, Path runsFile) {
        if (!Files.isRegularFile(resultsFile)) {
            return empty();
        }
        Map<String, Map<String, Map<String, Double>>> results = readJson(resultsFile, new TypeReference<>() {});
        RunsFile meta = Files.isRegularFile(runsFile)
                ? readJson(runsFile, new TypeReference<RunsFile>() {})
                : new RunsFile(null, Map.of());
        Map<String, TaskRun> runs = new LinkedHashMap<>();
        results.forEach((task, systems) -> {
            RunMeta m = meta.tasks() == null ? null : meta.tasks().get(task);
            runs.put(
                    task,
                    new TaskRun(
                            task,
                            m == null ? "" : m.command(),
                            m == null ? "" : m.startedAt(),
                            m == null ? 0 : m.seconds(),
                            m == null ? -1 : m.loadAverage(),
                            systems,
                            Optional.empty()));
        });
        return new QualityRecord(runs, Optional.ofNullable(meta.machine()));
    }

    /** Writes both files into {@code folder}, creating it if needed. */
    public void write(Path folder) {
        Map<String, RunMeta> meta = new LinkedHashMap<>();
        runs.forEach((task, run) -> meta.put(
                task,
                new RunMeta(
                        run.command(),
                        run.startedAt(),
                        Math.round(run.seconds() * 10) / 10.0,
                        Math.round(run.loadAverage() * 100) / 100.0)));
        writeJson(folder.resolve(RESULTS_FILE), results());
        writeJson(folder.resolve(RUNS_FILE), new RunsFile(machine.orElse(null), meta));
    }

    /** The tasks recorded, in report order. */
    public List<String> tasks() {
        return new ArrayList<>(runs.keySet());
    }

    private static <T> T readJson(Path file, TypeReference<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not read " + file + " (expected the report's JSON; regenerate it"
                            + " with ./storyline eval report)",
                    e);
        }
    }

    private static void writeJson(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** The JSON form of {@code quality-runs.json}. */
    record RunsFile(MachineInfo machine, Map<String, RunMeta> tasks) {}

    /** How one task's recorded numbers were made. */
    record RunMeta(String command, String startedAt, double seconds, double loadAverage) {}
}
