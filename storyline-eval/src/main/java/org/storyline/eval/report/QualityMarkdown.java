package org.storyline.eval.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docs/quality.md}: one table of Storyline against the peers measured in the same run and the best
 * published numbers, per task and headline metric, with the target; then how and when each task ran, and
 * every system's every metric.
 */
public final class QualityMarkdown {
    private QualityMarkdown() {}

    public static String render(QualityRecord record, ReportHeader header) {
        StringBuilder out = new StringBuilder("# Storyline quality\n\n");
        out.append(header.preamble());
        MarkdownTable summary = new MarkdownTable(
                "task", "metric", "Storyline", "peers measured here", "best published", "target", "met");
        record.runs().forEach((key, run) -> {
            if (key.equals(ReportTasks.SPEED)) {
                return;
            }
            ReportTask task = ReportTasks.find(key).orElseThrow();
            for (String metric : task.headline()) {
                summaryRow(key, metric, run).ifPresent(summary::row);
            }
        });
        out.append(summary.isEmpty() ? "No quality task has been run yet.\n" : summary.render());
        out.append("\nPeers run in the same JVM on the same data; published numbers are the anchors' own claims"
                + " (see EVAL.md), some on other data as marked. Scores are fractions (0.9700 = 97.00).\n\n");
        out.append(Runs.table(record, key -> !key.equals(ReportTasks.SPEED)));
        out.append("\n## Every system, every metric\n");
        record.runs().forEach((key, run) -> {
            if (!key.equals(ReportTasks.SPEED)) {
                out.append('\n').append(Runs.details(key, run));
            }
        });
        return out.toString();
    }

    static Optional<List<String>> summaryRow(String task, String metric, TaskRun run) {
        Double ours = Optional.ofNullable(run.systems().get("storyline"))
                .map(m -> m.get(metric))
                .orElse(null);
        String peers = peers(run, metric);
        String published = bestPublished(task, metric);
        if (ours == null && peers.isEmpty() && published.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target> target = Anchors.targets().stream()
                .filter(t -> t.task().equals(task) && t.metric().equals(metric))
                .findFirst();
        String met = target.isEmpty() || ours == null ? "" : target.get().isMetBy(ours) ? "yes" : "no";
        return Optional.of(List.of(
                task,
                metric,
                ours == null ? "–" : Numbers.format(metric, ours),
                peers,
                published,
                target.map(Target::text).orElse(""),
                met));
    }

    /** Every other system with the metric, best first: {@code "readability4j 0.9380, boilerpipe 0.8770"}. */
    static String peers(TaskRun run, String metric) {
        List<Map.Entry<String, Double>> found = new ArrayList<>();
        run.systems().forEach((system, metrics) -> {
            if (!system.equals("storyline") && metrics.containsKey(metric)) {
                found.add(Map.entry(system, metrics.get(metric)));
            }
        });
        Comparator<Map.Entry<String, Double>> best = Map.Entry.comparingByValue();
        found.sort(Numbers.lowerIsBetter(metric) ? best : best.reversed());
        return String.join(
                ", ",
                found.stream()
                        .map(e -> e.getKey() + " " + Numbers.format(metric, e.getValue()))
                        .toList());
    }

    /** The best published number for the metric with who and where, or empty. */
    static String bestPublished(String task, String metric) {
        return Anchors.published().stream()
                .filter(a -> a.task().equals(task) && a.metric().equals(metric))
                .max(Comparator.comparingDouble(a -> Numbers.lowerIsBetter(metric) ? -a.value() : a.value()))
                .map(a -> a.system() + " " + Numbers.format(metric, a.value()) + " (" + a.source() + ")")
                .orElse("");
    }
}
