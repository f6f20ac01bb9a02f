package org.storyline.eval.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Unit-length term-frequency vectors of ROUGE's tokens (stop words out, Porter stems) and their cosines. */
final class TermVector {
    private TermVector() {}

    static Map<String, Double> of(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String token : RougeN.tokens(List.of(text))) {
            v.merge(token, 1.0, Double::sum);
        }
        return normalized(v);
    }

    static Map<String, Double> normalized(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((k, x) -> x / norm);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** The normalized sum of vectors. */
    static Map<String, Double> centroid(List<Map<String, Double>> vectors) {
        Map<String, Double> sum = new HashMap<>();
        vectors.forEach(v -> v.forEach((k, x) -> sum.merge(k, x, Double::sum)));
        return normalized(sum);
    }
}
