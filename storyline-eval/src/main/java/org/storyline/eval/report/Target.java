package org.storyline.eval.report;

import java.util.Locale;
import java.util.Objects;

/**
 * What Storyline aims for on a metric.
 *
 * @param task the report task key
 * @param metric the metric
 * @param bound the number to reach
 * @param atLeast true when higher is better (the value must reach the bound), false when lower is
 */
public record Target(String task, String metric, double bound, boolean atLeast) {
    public Target {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(metric, "metric");
    }

    public boolean isMetBy(double value) {
        return atLeast ? value >= bound : value <= bound;
    }

    /** {@code ">= 0.970"} or {@code "<= 5"}. */
    public String text() {
        return (atLeast ? "≥ " : "≤ ") + Numbers.format(metric, bound);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s.%s %s", task, metric, text());
    }
}
