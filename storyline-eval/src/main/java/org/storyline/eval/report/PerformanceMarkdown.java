package org.storyline.eval.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docs/performance.md}: one table of Storyline's speed against the peers measured in the same run (the
 * {@code speed} task, and every rate the quality tasks measured), with earlier numbers and targets.
 */
public final class PerformanceMarkdown {
    private static final String JMH =
            """

            ## Per-stage benchmarks (JMH)

            One JMH benchmark per stage lives in `storyline-bench` (sentence splitting, NER, time tagging, figures,
            quotes, HTML extraction of a bundled invented page, the whole per-article chain, and duplicate detection
            plus story grouping of generated batches of 1,000 and 10,000 articles). Their numbers are not recorded
            here, since a shared machine makes them noise; run them on a quiet one:

            ```
            mvn -q -pl storyline-bench -am package -DskipTests
            java -jar storyline-bench/target/benchmarks.jar -f 1 -wi 2 -i 3
            ```
            """;

    private PerformanceMarkdown() {}

    public static String render(QualityRecord record, ReportHeader header) {
        StringBuilder out = new StringBuilder("# Storyline performance\n\n");
        out.append(header.preamble());
        MarkdownTable table = new MarkdownTable(
                "task",
                "metric",
                "Storyline",
                "peers measured in the same run",
                "earlier / published",
                "target",
                "met");
        record.runs().forEach((key, run) -> {
            for (String metric : metrics(key, run)) {
                QualityMarkdown.summaryRow(key, metric, run).ifPresent(table::row);
            }
        });
        out.append(table.isEmpty() ? "No speed has been measured yet.\n" : table.render());
        out.append("\nThe machine is shared and busy (see the load averages): compare Storyline with the peers of"
                + " the same run, as ratios, rather than across runs. Rates of the quality tasks include each"
                + " system's own start-up inside the task where the task says so (see its --help).\n\n");
        out.append(Runs.table(record, key -> true));
        record.runs().entrySet().stream()
                .filter(e -> e.getKey().equals(ReportTasks.SPEED))
                .findFirst()
                .ifPresent(e -> out.append('\n').append(Runs.details(e.getKey(), e.getValue())));
        out.append(JMH);
        return out.toString();
    }

    /** For the speed task every metric; for the others their rates ({@code *_per_s}). */
    private static List<String> metrics(String key, TaskRun run) {
        Optional<Map<String, Double>> ours = Optional.ofNullable(run.systems().get("storyline"));
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        ours.ifPresent(m -> names.addAll(m.keySet()));
        run.systems().values().forEach(m -> names.addAll(m.keySet()));
        return names.stream()
                .filter(m -> key.equals(ReportTasks.SPEED) ? !m.equals("articles") : m.endsWith("_per_s"))
                .toList();
    }
}
