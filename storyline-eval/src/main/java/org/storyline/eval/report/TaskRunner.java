package org.storyline.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.storyline.eval.EvalMain;

/**
 * Runs a {@link ReportTask} in this JVM through {@link EvalMain}, exactly as its command line would, and reads
 * the scores from the JSON it prints. A task that fails (bad data, an error) is reported as failed; the others
 * go on.
 */
public final class TaskRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String dataRoot;
    private final Clock clock;

    /**
     * @param dataRoot the report's {@code --data} as the user wrote it (it goes into the recorded commands)
     * @param clock the clock for the recorded start times
     */
    public TaskRunner(String dataRoot, Clock clock) {
        this.dataRoot = dataRoot;
        this.clock = clock;
    }

    public TaskRun run(ReportTask task) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long start = System.nanoTime();
        int code = EvalMain.run(
                task.arguments(dataRoot).toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        double seconds = (System.nanoTime() - start) / 1e9;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String command = task.commandLine(dataRoot);
        if (code != 0) {
            return failed(task, command, started, seconds, load, "exit " + code + ": " + firstLine(err.toString()));
        }
        try {
            return new TaskRun(
                    task.key(), command, started.toString(), seconds, load, systems(out.toString()), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return failed(task, command, started, seconds, load, "unreadable JSON output: " + e.getMessage());
        }
    }

    /** {@code {"systems": {name: {metric: value}}}} of an {@code EvalReport}'s JSON. */
    static Map<String, Map<String, Double>> systems(String json) throws IOException {
        JsonNode systems = JSON.readTree(json).path("systems");
        if (!systems.isObject()) {
            throw new IllegalArgumentException("expected an object \"systems\", found " + systems.getNodeType());
        }
        Map<String, Map<String, Double>> result = new LinkedHashMap<>();
        systems.properties().forEach(system -> {
            Map<String, Double> metrics = new LinkedHashMap<>();
            system.getValue().properties().forEach(m -> {
                if (!m.getValue().isNumber()) {
                    throw new IllegalArgumentException(
                            "expected a number for " + system.getKey() + "." + m.getKey() + ", found " + m.getValue());
                }
                metrics.put(m.getKey(), m.getValue().asDouble());
            });
            result.put(system.getKey(), metrics);
        });
        return result;
    }

    private static TaskRun failed(
            ReportTask task, String command, Instant started, double seconds, double load, String why) {
        return new TaskRun(task.key(), command, started.toString(), seconds, load, Map.of(), Optional.of(why));
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
