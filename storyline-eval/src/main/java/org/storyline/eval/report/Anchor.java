package org.storyline.eval.report;

import java.util.Objects;

/**
 * A published number a task is compared with (from {@code EVAL.md}; not measured here).
 *
 * @param task the report task key
 * @param system who reached it ("trafilatura", "HeidelTime")
 * @param metric the metric, named as the task's scorer names it
 * @param value the number, on the scorer's scale (fractions for scores)
 * @param source where it was published, with any caveat ("own data set")
 */
public record Anchor(String task, String system, String metric, double value, String source) {
    public Anchor {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
    }
}
