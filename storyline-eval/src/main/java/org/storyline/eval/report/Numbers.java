package org.storyline.eval.report;

import java.util.Locale;

/** How the report writes numbers: rates and sizes with one decimal, scores and ratios with three or four. */
final class Numbers {
    private Numbers() {}

    static String format(String metric, double value) {
        if (metric.endsWith("_per_s")
                || metric.endsWith("_mb")
                || metric.equals("articles")
                || metric.equals("timelines")) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (metric.endsWith("_seconds")
                || metric.startsWith("grouping_seconds")
                || metric.startsWith("speedup")
                || metric.startsWith("grouping_factor")) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Lower is better for times, sizes and growth factors; higher for everything else. */
    static boolean lowerIsBetter(String metric) {
        return metric.endsWith("_seconds")
                || metric.startsWith("grouping_seconds")
                || metric.endsWith("_mb")
                || metric.startsWith("grouping_factor");
    }
}
