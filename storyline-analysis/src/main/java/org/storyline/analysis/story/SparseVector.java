package org.storyline.analysis.story;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A sparse vector of term weights with unit length (or all zero), terms sorted ascending.
 *
 * @param terms term ids, strictly ascending
 * @param weights the weight of each term, same length as {@code terms}
 */
record SparseVector(int[] terms, double[] weights) {

    SparseVector {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(weights, "weights");
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(
                    "expected as many weights as terms, found " + weights.length + " and " + terms.length);
        }
    }

    /** The vector of {@code weightByTerm}, scaled to unit length. */
    static SparseVector normalized(Map<Integer, Double> weightByTerm) {
        int[] terms = weightByTerm.keySet().stream()
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        double[] weights = new double[terms.length];
        double norm = 0;
        for (int i = 0; i < terms.length; i++) {
            weights[i] = weightByTerm.get(terms[i]);
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= norm;
            }
        }
        return new SparseVector(terms, weights);
    }

    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += weights[i] * other.weights[j];
                i++;
                j++;
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The ids of the {@code k} heaviest terms (ties: smaller id). */
    int[] topTerms(int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : a - b);
        int n = Math.min(k, order.length);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = terms[order[i]];
        }
        return top;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "SparseVector" + Arrays.toString(terms) + Arrays.toString(weights);
    }
}
