package org.storyline.eval.ner;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.eval.Prf;

/**
 * Chunk counts per entity type, from which conlleval's figures follow.
 *
 * @param byType per type (gold or predicted), its counts; sorted by type
 */
public record NerScore(SortedMap<String, Prf> byType) {
    /** The CoNLL-2003 types without MISC, the set 3-class taggers are compared on. */
    public static final List<String> THREE_CLASS = List.of("LOC", "ORG", "PER");

    public NerScore(Map<String, Prf> byType) {
        this(new TreeMap<>(byType));
    }

    public NerScore {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }

    /** Micro counts over every type (conlleval's "overall" line). */
    public Prf overall() {
        return over(byType.keySet());
    }

    /** Micro counts over the given types only (the others are ignored on both sides). */
    public Prf over(Collection<String> types) {
        Prf sum = new Prf(0, 0, 0);
        for (String type : types) {
            sum = sum.plus(type(type));
        }
        return sum;
    }

    /** The counts of one type, zero when it never occurred. */
    public Prf type(String type) {
        return byType.getOrDefault(type, new Prf(0, 0, 0));
    }

    /**
     * The report's metrics: {@code f1, precision, recall} over all four types (only when the system can produce
     * MISC), {@code f1_3class, precision_3class, recall_3class} over PER+LOC+ORG, and {@code per_f1, org_f1,
     * loc_f1} (and {@code misc_f1}).
     */
    public Map<String, Double> metrics(boolean withMisc) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (withMisc) {
            Prf all = overall();
            metrics.put("f1", all.f1());
            metrics.put("precision", all.precision());
            metrics.put("recall", all.recall());
        }
        Prf three = over(THREE_CLASS);
        metrics.put("f1_3class", three.f1());
        metrics.put("precision_3class", three.precision());
        metrics.put("recall_3class", three.recall());
        for (String type : withMisc ? List.of("PER", "ORG", "LOC", "MISC") : List.of("PER", "ORG", "LOC")) {
            metrics.put(type.toLowerCase(Locale.ROOT) + "_f1", type(type).f1());
        }
        return metrics;
    }
}
