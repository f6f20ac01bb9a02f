package org.storyline.analysis.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Average-link agglomerative clustering of unit vectors by cosine similarity: the two clusters with the
 * highest mean pairwise similarity merge while that mean is at least the threshold.
 *
 * <p>Only candidate pairs are compared: articles sharing one of their {@value #TOP_TERMS} heaviest terms
 * (found through an inverted index; a term heading more than {@value #MAX_POSTING} articles proposes no pairs).
 * Pairs that share none count as similarity zero, which they nearly are.
 * Merges use a priority queue with stale entries skipped, so the cost is about (candidate pairs) x log.
 */
final class AverageLinkClustering {

    static final int TOP_TERMS = 30;
    /** A top term shared by more articles than this is too common to propose pairs (keeps the work near-linear). */
    static final int MAX_POSTING = 2000;

    private AverageLinkClustering() {}

    /** A cluster number per vector, numbered from 0 in order of each cluster's first member. */
    static int[] cluster(List<SparseVector> vectors, double threshold) {
        int n = vectors.size();
        List<Map<Integer, Double>> sums = candidateSimilarities(vectors);
        int[] size = new int[n];
        int[] version = new int[n];
        int[] mergedInto = new int[n];
        PriorityQueue<Pair> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            mergedInto[i] = i;
            for (Map.Entry<Integer, Double> e : sums.get(i).entrySet()) {
                if (e.getKey() > i && e.getValue() >= threshold) {
                    queue.add(new Pair(e.getValue(), i, e.getKey(), 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Pair p = queue.poll();
            if (mergedInto[p.a] != p.a
                    || mergedInto[p.b] != p.b
                    || version[p.a] != p.versionA
                    || version[p.b] != p.versionB) {
                continue;
            }
            merge(p.a, p.b, sums, size, version, mergedInto);
            for (Map.Entry<Integer, Double> e : sums.get(p.a).entrySet()) {
                int c = e.getKey();
                double mean = e.getValue() / ((double) size[p.a] * size[c]);
                if (mean >= threshold) {
                    int lo = Math.min(p.a, c);
                    int hi = Math.max(p.a, c);
                    queue.add(new Pair(mean, lo, hi, version[lo], version[hi]));
                }
            }
        }
        return numbered(mergedInto);
    }

    /** Folds cluster {@code b} into {@code a} (a < b): sizes add up, similarity sums to others add up. */
    private static void merge(
            int a, int b, List<Map<Integer, Double>> sums, int[] size, int[] version, int[] mergedInto) {
        Map<Integer, Double> ofA = sums.get(a);
        Map<Integer, Double> ofB = sums.get(b);
        ofA.remove(b);
        ofB.remove(a);
        for (Map.Entry<Integer, Double> e : ofB.entrySet()) {
            int c = e.getKey();
            ofA.merge(c, e.getValue(), Double::sum);
            Map<Integer, Double> ofC = sums.get(c);
            ofC.remove(b);
            ofC.put(a, ofA.get(c));
        }
        sums.set(b, new HashMap<>());
        size[a] += size[b];
        mergedInto[b] = a;
        version[a]++;
    }

    private static List<Map<Integer, Double>> candidateSimilarities(List<SparseVector> vectors) {
        Map<Integer, List<Integer>> postings = new TreeMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int term : vectors.get(i).topTerms(TOP_TERMS)) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        List<Map<Integer, Double>> sums = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            sums.add(new HashMap<>());
        }
        for (List<Integer> posting : postings.values()) {
            if (posting.size() > MAX_POSTING) {
                continue;
            }
            for (int x = 0; x < posting.size(); x++) {
                for (int y = x + 1; y < posting.size(); y++) {
                    int i = posting.get(x);
                    int j = posting.get(y);
                    if (!sums.get(i).containsKey(j)) {
                        double sim = vectors.get(i).dot(vectors.get(j));
                        sums.get(i).put(j, sim);
                        sums.get(j).put(i, sim);
                    }
                }
            }
        }
        return sums;
    }

    private static int[] numbered(int[] mergedInto) {
        int[] cluster = new int[mergedInto.length];
        Map<Integer, Integer> numberOfRoot = new HashMap<>();
        for (int i = 0; i < mergedInto.length; i++) {
            int r = i;
            while (mergedInto[r] != r) {
                r = mergedInto[r];
            }
            cluster[i] = numberOfRoot.computeIfAbsent(r, k -> numberOfRoot.size());
        }
        return cluster;
    }

    /** A queued merge; highest mean first, then lowest ids, so the order is deterministic. */
    private record Pair(double mean, int a, int b, int versionA, int versionB) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            if (mean != o.mean) {
                return Double.compare(o.mean, mean);
            }
            return a != o.a ? Integer.compare(a, o.a) : Integer.compare(b, o.b);
        }
    }
}
