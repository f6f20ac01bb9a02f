package org.storyline.eval.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's figures for one system.
 *
 * @param precision mean per-page precision
 * @param recall mean per-page recall
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param accuracy share of pages extracted token-for-token exactly
 * @param pages how many pages were scored
 */
public record ExtractionScore(double precision, double recall, double f1, double accuracy, int pages) {
    /** {@code f1, precision, recall, accuracy} by name. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("f1", f1);
        metrics.put("precision", precision);
        metrics.put("recall", recall);
        metrics.put("accuracy", accuracy);
        return metrics;
    }
}
