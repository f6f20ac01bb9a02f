package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * tilse's {@code align_date_content_costs_many_to_one} ROUGE for one system timeline against one reference
 * timeline (Martschat and Markert 2017, "align+ m:1"), as news-tls scores:
 *
 * <ul>
 *   <li>precision: each system date is aligned to the reference date of least cost {@code (1 - 1/(d + 1)) * (1 -
 *       approx)}, d = days apart, approx = a unigram F1 on raw white-space tokens of the two days' summaries (the
 *       first reference date wins ties); recall: each reference date to the system date of least cost, the same
 *       way;
 *   <li>each aligned pair adds {@code hit / (d + 1)} to the numerator and the peer (precision) or model (recall)
 *       n-gram count to the denominator ({@link RougeN});
 *   <li>P = sum of weighted hits / sum of peer counts, R = sum of weighted hits / sum of model counts.
 * </ul>
 *
 * @param precision ROUGE-N precision
 * @param recall ROUGE-N recall
 */
public record AlignmentRouge(double precision, double recall) {

    /** Scores {@code system} against {@code reference} with ROUGE-{@code n}. */
    public static AlignmentRouge score(Timeline system, Timeline reference, int n) {
        List<LocalDate> predicted = system.dates();
        List<LocalDate> gold = reference.dates();
        double precisionHits = 0;
        long precisionTotal = 0;
        double recallHits = 0;
        long recallTotal = 0;
        Map<String, Double> approximations = new HashMap<>();
        for (LocalDate p : predicted) {
            if (gold.isEmpty()) {
                precisionTotal +=
                        RougeN.count(system.days().get(p), List.of(), n).peer();
                continue;
            }
            LocalDate r = cheapest(p, gold, system, reference, true, approximations);
            RougeCounts counts =
                    RougeN.count(system.days().get(p), reference.days().get(r), n);
            precisionHits += counts.hit() * weight(p, r);
            precisionTotal += counts.peer();
        }
        for (LocalDate r : gold) {
            if (predicted.isEmpty()) {
                recallTotal +=
                        RougeN.count(List.of(), reference.days().get(r), n).model();
                continue;
            }
            LocalDate p = cheapest(r, predicted, system, reference, false, approximations);
            RougeCounts counts =
                    RougeN.count(system.days().get(p), reference.days().get(r), n);
            recallHits += counts.hit() * weight(p, r);
            recallTotal += counts.model();
        }
        return new AlignmentRouge(
                precisionTotal == 0 ? 0 : precisionHits / precisionTotal,
                recallTotal == 0 ? 0 : recallHits / recallTotal);
    }

    /** The candidate of least cost for {@code date}; {@code fromSystem} says which timeline {@code date} is in. */
    private static LocalDate cheapest(
            LocalDate date,
            List<LocalDate> candidates,
            Timeline system,
            Timeline reference,
            boolean fromSystem,
            Map<String, Double> approximations) {
        LocalDate best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (LocalDate candidate : candidates) {
            LocalDate p = fromSystem ? date : candidate;
            LocalDate r = fromSystem ? candidate : date;
            double dateFactor = 1 - weight(p, r);
            double contentFactor = 1
                    - approximations.computeIfAbsent(
                            p + "/" + r,
                            k -> approximateRouge1(
                                    system.days().get(p), reference.days().get(r)));
            double cost = dateFactor * contentFactor;
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        return best;
    }

    /** {@code 1 / (days apart + 1)}. */
    static double weight(LocalDate a, LocalDate b) {
        return 1.0 / (Math.abs(a.toEpochDay() - b.toEpochDay()) + 1);
    }

    /** tilse's {@code compute_rouge_approximation} for one reference: unigram F1 over raw white-space tokens. */
    static double approximateRouge1(List<String> predicted, List<String> reference) {
        Map<String, Integer> p = whitespaceCounts(predicted);
        Map<String, Integer> r = whitespaceCounts(reference);
        long match = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            match += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        long pTotal = p.values().stream().mapToLong(Integer::longValue).sum();
        long rTotal = r.values().stream().mapToLong(Integer::longValue).sum();
        double precision = pTotal == 0 ? 0 : (double) match / pTotal;
        double recall = rTotal == 0 ? 0 : (double) match / rTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> whitespaceCounts(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : sentences) {
            for (String token : s.strip().split("\\s+")) {
                if (!token.isEmpty()) {
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
