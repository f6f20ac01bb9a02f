package org.storyline.eval.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The matching of the CQE evaluation ({@code calculate_metrics} in {@code evaluate_models.py}), reproduced
 * with its quirks so that its published rows can be reproduced:
 *
 * <ul>
 *   <li>gold and predicted quantities of a sentence are both sorted by normalized unit (as written, stable);
 *   <li>for each gold quantity, predictions are tried in that order; each one whose value matches counts a value
 *       match (at most as many per sentence as there are gold quantities), a change match and the concept
 *       matches; the first one whose unit also matches counts a unit match, is used up and ends the search;
 *   <li>so a gold quantity can collect change and concept matches from several predictions with its value.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CqeScorer {
    private static final Comparator<CqeQuantity> BY_UNIT =
            Comparator.comparing(CqeQuantity::normalizedUnit, CqeScorer::compareCodePoints);

    private final boolean changeAndConcepts;

    /** @param changeAndConcepts score change and concepts too (the scorer does for NewsQuant only) */
    public CqeScorer(boolean changeAndConcepts) {
        this.changeAndConcepts = changeAndConcepts;
    }

    /** The counts of one sentence. */
    public CqeCounts score(List<CqeQuantity> gold, List<CqeQuantity> predicted) {
        List<CqeQuantity> tags = new ArrayList<>(predicted);
        tags.sort(BY_UNIT);
        List<CqeQuantity> golds = new ArrayList<>(gold);
        golds.sort(BY_UNIT);
        long value = 0;
        long unit = 0;
        long change = 0;
        long partial = 0;
        long complete = 0;
        int valuesLeft = gold.size();
        for (CqeQuantity g : golds) {
            for (int i = 0; i < tags.size(); i++) {
                CqeQuantity m = tags.get(i);
                if (!g.value().matches(m.value())) {
                    continue;
                }
                if (valuesLeft > 0) {
                    value++;
                    valuesLeft--;
                }
                if (changeAndConcepts) {
                    change += m.change().equals(g.change()) ? 1 : 0;
                    partial += sharesConcept(g.concepts(), m.concepts()) ? 1 : 0;
                    complete += sameConcepts(g.concepts(), m.concepts()) ? 1 : 0;
                }
                if (lower(m.normalizedUnit()).equals(lower(g.normalizedUnit()))) {
                    unit++;
                    tags.remove(i);
                    break;
                }
            }
        }
        return new CqeCounts(gold.size(), predicted.size(), value, unit, change, partial, complete);
    }

    static boolean sharesConcept(List<String> gold, List<String> predicted) {
        Set<String> common = lowerSet(gold);
        common.retainAll(lowerSet(predicted));
        return !common.isEmpty();
    }

    /** The scorer's "complete" test: the common set is as long as the gold list, and both lists are as long. */
    static boolean sameConcepts(List<String> gold, List<String> predicted) {
        Set<String> common = lowerSet(gold);
        common.retainAll(lowerSet(predicted));
        return common.size() == gold.size() && gold.size() == predicted.size();
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> set = new HashSet<>();
        words.forEach(w -> set.add(lower(w)));
        return set;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Python's string order: by Unicode code point. */
    static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
