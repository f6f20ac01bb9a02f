package org.storyline.analysis.summary;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * A sparse, L2-normalised term vector: term ids in ascending order with their weights. Immutable (the arrays
 * are copied in and never exposed).
 */
public final class TermVector {

    private static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] weights;

    private TermVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** The empty vector: similar to nothing. */
    public static TermVector empty() {
        return EMPTY;
    }

    /** The normalised vector of raw weights by term id; zero and negative weights are dropped. */
    public static TermVector normalised(SortedMap<Integer, Double> weightsById) {
        double norm = 0;
        int n = 0;
        for (double w : weightsById.values()) {
            if (w > 0) {
                norm += w * w;
                n++;
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        norm = Math.sqrt(norm);
        int[] ids = new int[n];
        double[] weights = new double[n];
        int i = 0;
        for (Map.Entry<Integer, Double> e : weightsById.entrySet()) {
            if (e.getValue() > 0) {
                ids[i] = e.getKey();
                weights[i] = e.getValue() / norm;
                i++;
            }
        }
        return new TermVector(ids, weights);
    }

    /** The number of distinct terms. */
    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** Cosine similarity in [0, 1]. */
    public double cosine(TermVector other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    /** How many terms the two vectors share. */
    public int sharedTerms(TermVector other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                shared++;
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** Shared terms over the smaller vector's term count, in [0, 1]; 0 when either is empty. */
    public double containment(TermVector other) {
        int smaller = Math.min(size(), other.size());
        return smaller == 0 ? 0 : (double) sharedTerms(other) / smaller;
    }

    /** Whether this vector has term {@code id}. */
    public boolean hasTerm(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** The term ids, ascending (a copy). */
    public int[] termIds() {
        return ids.clone();
    }

    /** The weight of term {@code id}, 0 when absent. */
    public double weight(int id) {
        int at = Arrays.binarySearch(ids, id);
        return at >= 0 ? weights[at] : 0;
    }
}
