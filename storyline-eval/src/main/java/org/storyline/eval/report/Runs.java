package org.storyline.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The parts both generated documents share: how each task ran, and a task's full table. */
final class Runs {
    private Runs() {}

    /** One row per recorded task passing {@code include}: the exact command, when, how long, the load. */
    static String table(QualityRecord record, Predicate<String> include) {
        MarkdownTable table = new MarkdownTable(
                "task",
                "what",
                "command (every number of the task)",
                "run at (UTC)",
                "wall time",
                "load average after");
        record.runs().forEach((key, run) -> {
            if (include.test(key)) {
                String title = ReportTasks.find(key).map(ReportTask::title).orElse("");
                table.row(List.of(
                        key,
                        title,
                        "`" + run.command() + "`",
                        run.startedAt(),
                        String.format(Locale.ROOT, "%.0f s", run.seconds()),
                        run.loadAverage() < 0 ? "?" : String.format(Locale.ROOT, "%.1f", run.loadAverage())));
            }
        });
        return table.isEmpty() ? "" : "## Runs\n\n" + table.render();
    }

    /** {@code ### task — title} and a table with a row per system and a column per metric. */
    static String details(String key, TaskRun run) {
        Set<String> metrics = new LinkedHashSet<>();
        run.systems().values().forEach(m -> metrics.addAll(m.keySet()));
        List<String> header = new ArrayList<>(List.of("system"));
        header.addAll(metrics);
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        for (Map.Entry<String, Map<String, Double>> system : run.systems().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(system.getKey()));
            for (String metric : metrics) {
                Double value = system.getValue().get(metric);
                cells.add(value == null ? "–" : Numbers.format(metric, value));
            }
            table.row(cells);
        }
        String title = ReportTasks.find(key).map(ReportTask::title).orElse(key);
        return "### " + key + " — " + title + "\n\n" + table.render();
    }
}
