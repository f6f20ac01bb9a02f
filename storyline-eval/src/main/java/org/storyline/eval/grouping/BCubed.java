package org.storyline.eval.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.eval.Prf;

/**
 * B-cubed precision and recall of a clustering against gold classes (Bagga and Baldwin 1998): per item,
 * precision = share of its cluster that is in its gold class, recall = share of its gold class that is in its
 * cluster; both averaged over items, F1 = harmonic mean of the averages.
 *
 * @param precision mean item precision
 * @param recall mean item recall
 */
public record BCubed(double precision, double recall) {

    public double f1() {
        return Prf.harmonicMean(precision, recall);
    }

    /**
     * Scores a clustering.
     *
     * @param cluster the predicted cluster of each item
     * @param gold the gold class of each item, same keys
     * @throws IllegalArgumentException when the item sets differ or are empty
     */
    public static <K, C, G> BCubed score(Map<K, C> cluster, Map<K, G> gold) {
        if (!cluster.keySet().equals(gold.keySet()) || gold.isEmpty()) {
            throw new IllegalArgumentException("expected the same non-empty items in clusters and gold, found "
                    + cluster.size() + " clustered and " + gold.size() + " gold items");
        }
        Map<C, Integer> clusterSize = new HashMap<>();
        Map<G, Integer> goldSize = new HashMap<>();
        Map<List<Object>, Integer> both = new HashMap<>();
        for (K item : gold.keySet()) {
            C c = Objects.requireNonNull(cluster.get(item), "cluster");
            G g = Objects.requireNonNull(gold.get(item), "gold");
            clusterSize.merge(c, 1, Integer::sum);
            goldSize.merge(g, 1, Integer::sum);
            both.merge(List.of(c, g), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (K item : gold.keySet()) {
            C c = cluster.get(item);
            G g = gold.get(item);
            int common = both.get(List.of(c, g));
            precision += (double) common / clusterSize.get(c);
            recall += (double) common / goldSize.get(g);
        }
        int n = gold.size();
        return new BCubed(precision / n, recall / n);
    }
}
