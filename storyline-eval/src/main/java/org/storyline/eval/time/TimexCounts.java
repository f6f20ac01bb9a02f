package org.storyline.eval.time;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storyline.eval.Prf;

/**
 * TempEval-3 timex counts, summed over documents.
 *
 * @param gold gold timexes
 * @param system system timexes
 * @param relaxed pairs whose spans overlap
 * @param strict pairs with identical spans
 * @param valueMatches relaxed pairs with the same value
 * @param typeMatches relaxed pairs with the same type
 */
public record TimexCounts(int gold, int system, int relaxed, int strict, int valueMatches, int typeMatches) {
    public static final TimexCounts ZERO = new TimexCounts(0, 0, 0, 0, 0, 0);

    public TimexCounts plus(TimexCounts other) {
        return new TimexCounts(
                gold + other.gold,
                system + other.system,
                relaxed + other.relaxed,
                strict + other.strict,
                valueMatches + other.valueMatches,
                typeMatches + other.typeMatches);
    }

    public Prf relaxedPrf() {
        return Prf.of(relaxed, system, gold);
    }

    public Prf strictPrf() {
        return Prf.of(strict, system, gold);
    }

    public double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) valueMatches / relaxed;
    }

    public double typeAccuracy() {
        return relaxed == 0 ? 0 : (double) typeMatches / relaxed;
    }

    /** The official ranking measure: value accuracy over relaxed matches × relaxed F1. */
    public double valueF1() {
        return valueAccuracy() * relaxedPrf().f1();
    }

    public double typeF1() {
        return typeAccuracy() * relaxedPrf().f1();
    }

    /** The report's metrics. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("value_f1", valueF1());
        metrics.put("relaxed_f1", relaxedPrf().f1());
        metrics.put("relaxed_precision", relaxedPrf().precision());
        metrics.put("relaxed_recall", relaxedPrf().recall());
        metrics.put("strict_f1", strictPrf().f1());
        metrics.put("strict_precision", strictPrf().precision());
        metrics.put("strict_recall", strictPrf().recall());
        metrics.put("type_f1", typeF1());
        metrics.put("value_accuracy", valueAccuracy());
        metrics.put("type_accuracy", typeAccuracy());
        return metrics;
    }
}
