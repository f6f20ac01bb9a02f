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

    /**
     * The normalised vector of raw weights; {@code ids} must be strictly ascending and match
     * {@code weights}; zero and negative weights are dropped.
     */
    static TermVector of(int[] ids, double[] weights) {
        double norm = 0;
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i > 0 && ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException(
                        "expected strictly ascending term ids, found " + ids[i - 1] + " before " + ids[i]);
            }
            if (weights[i] > 0) {
                norm += weights[i] * weights[i];
                n++;
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        norm = Math.sqrt(norm);
        int[] keptIds = new int[n];
        double[] kept = new double[n];
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (weights[i] > 0) {
                keptIds[k] = ids[i];
                kept[k++] = weights[i] / norm;
            }
        }
        return new TermVector(keptIds, kept);
    }

    /** The normalised vector of a dense weight array indexed by term id. */
    static TermVector dense(double[] weightsById) {
        int n = 0;
        for (double w : weightsById) {
            if (w > 0) {
                n++;
            }
        }
        int[] ids = new int[n];
        double[] weights = new double[n];
        int k = 0;
        for (int i = 0; i < weightsById.length; i++) {
            if (weightsById[i] > 0) {
                ids[k] = i;
                weights[k++] = weightsById[i];
            }
        }
        return of(ids, weights);
    }

    /** Adds this vector's weights into a dense array indexed by term id. */
    void addTo(double[] dense) {
        for (int i = 0; i < ids.length; i++) {
            dense[ids[i]] += weights[i];
        }
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
