package org.storyline.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The CI regression floor: Storyline's scores now against those recorded in {@code quality.json}. A score may
 * drop by at most the margin (absolute); higher is always fine. Only scores are compared (recorded values in
 * [0, 1] whose names are not rates), never speeds, which the shared machine cannot hold steady.
 */
public final class FloorCheck {
    /** How one recorded score fared. */
    public enum Status {
        OK,
        DROPPED,
        /** Recorded, but the new run did not produce it (or the task failed). */
        MISSING,
        /** The task has no recorded numbers to compare with. */
        NOT_RECORDED
    }

    /** One compared score. */
    public record Row(String task, String metric, OptionalDouble recorded, OptionalDouble now, Status status) {
        public Row {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(status, "status");
        }

        public boolean fails() {
            return status == Status.DROPPED || status == Status.MISSING;
        }
    }

    private final double margin;

    /** @param margin how far (absolute) a score may fall below its record, at least 0 */
    public FloorCheck(double margin) {
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("expected a margin of at least 0, found " + margin);
        }
        this.margin = margin;
    }

    /** A row per recorded Storyline score of every run's task, in run order then metric order. */
    public List<Row> compare(QualityRecord baseline, List<TaskRun> runs) {
        List<Row> rows = new ArrayList<>();
        for (TaskRun run : runs) {
            TaskRun recordedRun = baseline.runs().get(run.task());
            Map<String, Double> recorded =
                    recordedRun == null ? null : recordedRun.systems().get("storyline");
            if (recorded == null) {
                rows.add(new Row(
                        run.task(), "(all)", OptionalDouble.empty(), OptionalDouble.empty(), Status.NOT_RECORDED));
                continue;
            }
            Map<String, Double> now = run.systems().getOrDefault("storyline", Map.of());
            recorded.forEach((metric, value) -> {
                if (isScore(metric, value)) {
                    rows.add(row(run.task(), metric, value, now.get(metric)));
                }
            });
        }
        return List.copyOf(rows);
    }

    private Row row(String task, String metric, double recorded, Double now) {
        if (now == null) {
            return new Row(task, metric, OptionalDouble.of(recorded), OptionalDouble.empty(), Status.MISSING);
        }
        Status status = now < recorded - margin - 1e-9 ? Status.DROPPED : Status.OK;
        return new Row(task, metric, OptionalDouble.of(recorded), OptionalDouble.of(now), status);
    }

    static boolean isScore(String metric, double value) {
        return value >= 0
                && value <= 1
                && !metric.endsWith("_per_s")
                && !metric.endsWith("_seconds")
                && !metric.endsWith("_mb");
    }

    /** A fixed-width table of the rows. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "%-16s %-26s %9s %9s %9s  %s%n", "task", "metric", "recorded", "now", "change", "status"));
        for (Row r : rows) {
            String change = r.recorded().isPresent() && r.now().isPresent()
                    ? String.format(
                            Locale.ROOT,
                            "%+.4f",
                            r.now().getAsDouble() - r.recorded().getAsDouble())
                    : "-";
            out.append(String.format(
                    Locale.ROOT,
                    "%-16s %-26s %9s %9s %9s  %s%n",
                    r.task(),
                    r.metric(),
                    number(r.recorded()),
                    number(r.now()),
                    change,
                    r.status()));
        }
        return out.toString();
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "-";
    }
}
