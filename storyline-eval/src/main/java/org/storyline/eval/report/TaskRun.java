package org.storyline.eval.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one task's run gave: its scores, or why it failed, and when and how it ran.
 *
 * @param task the task key
 * @param command the command line that reproduces it
 * @param startedAt when it started, ISO-8601 UTC ({@code 2026-11-23T04:10:00Z})
 * @param seconds its wall time
 * @param loadAverage the machine's one-minute load average when it ended (negative when unknown)
 * @param systems per system, its metrics; empty when it failed
 * @param failure the first line of the error when it failed
 */
public record TaskRun(
        String task,
        String command,
        String startedAt,
        double seconds,
        double loadAverage,
        Map<String, Map<String, Double>> systems,
        Optional<String> failure) {
    public TaskRun {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(startedAt, "startedAt");
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        systems.forEach((name, metrics) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(metrics))));
        systems = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(failure, "failure");
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
