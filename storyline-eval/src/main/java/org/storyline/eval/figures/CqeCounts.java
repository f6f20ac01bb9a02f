package org.storyline.eval.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storyline.eval.Prf;

/**
 * The counts the CQE evaluation turns into P/R/F1: every level divides its matches by the same totals,
 * {@code P = matches / predicted}, {@code R = matches / gold}.
 *
 * @param gold gold quantities
 * @param predicted predicted quantities
 * @param value gold quantities whose value some prediction matches (at most one per gold quantity in a sentence)
 * @param valueUnit value and normalized unit match
 * @param valueChange value and change match (counted once per value-matching prediction, as the scorer does)
 * @param conceptPartial value matches and the concept word sets share a word
 * @param conceptComplete value matches and the concept word lists are equal as sets of the same length
 */
public record CqeCounts(
        long gold,
        long predicted,
        long value,
        long valueUnit,
        long valueChange,
        long conceptPartial,
        long conceptComplete) {
    public static final CqeCounts ZERO = new CqeCounts(0, 0, 0, 0, 0, 0, 0);

    public CqeCounts plus(CqeCounts o) {
        return new CqeCounts(
                gold + o.gold,
                predicted + o.predicted,
                value + o.value,
                valueUnit + o.valueUnit,
                valueChange + o.valueChange,
                conceptPartial + o.conceptPartial,
                conceptComplete + o.conceptComplete);
    }

    /**
     * {@code value_*}, {@code value_unit_*}, {@code value_change_*}, {@code value_concept_*} (partial, the CQE
     * paper's value+concept) and {@code value_concept_complete_*}, each {@code _p, _r, _f1}; the change and
     * concept levels only when {@code withChangeAndConcepts}.
     */
    public Map<String, Double> metrics(boolean withChangeAndConcepts) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        put(metrics, "value", value);
        put(metrics, "value_unit", valueUnit);
        if (withChangeAndConcepts) {
            put(metrics, "value_change", valueChange);
            put(metrics, "value_concept", conceptPartial);
            put(metrics, "value_concept_complete", conceptComplete);
        }
        return metrics;
    }

    private void put(Map<String, Double> metrics, String level, long matches) {
        double p = predicted == 0 ? 0 : (double) matches / predicted;
        double r = gold == 0 ? 0 : (double) matches / gold;
        metrics.put(level + "_p", p);
        metrics.put(level + "_r", r);
        metrics.put(level + "_f1", Prf.harmonicMean(p, r));
    }
}
