package org.storyline.eval.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void scores_a_perfect_clustering_one() {
        BCubed b = BCubed.score(Map.of("a", 1, "b", 1, "c", 2), Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(b.precision()).isEqualTo(1.0);
        assertThat(b.recall()).isEqualTo(1.0);
    }

    @Test
    void scores_one_big_cluster_by_hand() {
        // gold {a,b} {c}; all in one cluster: precision a,b = 2/3, c = 1/3 -> 5/9; recall 1
        BCubed b = BCubed.score(Map.of("a", 0, "b", 0, "c", 0), Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(b.precision()).isCloseTo(5 / 9.0, within(1e-12));
        assertThat(b.recall()).isEqualTo(1.0);
        assertThat(b.f1()).isCloseTo(2 * (5 / 9.0) / (5 / 9.0 + 1), within(1e-12));
    }

    @Test
    void scores_singletons_by_hand() {
        // gold {a,b,c} {d}; singletons: precision 1; recall a,b,c = 1/3, d = 1 -> (1 + 1) / 4
        BCubed b = BCubed.score(Map.of("a", 0, "b", 1, "c", 2, "d", 3), Map.of("a", "x", "b", "x", "c", "x", "d", "y"));
        assertThat(b.precision()).isEqualTo(1.0);
        assertThat(b.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void stays_within_zero_and_one_and_is_symmetric_in_swapping_roles() {
        long seed = 20261123L;
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Map<Integer, Integer> clusters = new java.util.HashMap<>();
            Map<Integer, Integer> gold = new java.util.HashMap<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                clusters.put(i, random.nextInt(5));
                gold.put(i, random.nextInt(5));
            }
            BCubed b = BCubed.score(clusters, gold);
            BCubed swapped = BCubed.score(gold, clusters);
            assertThat(b.precision()).as("seed %d round %d", seed, round).isBetween(0.0, 1.0);
            assertThat(b.recall()).as("seed %d round %d", seed, round).isBetween(0.0, 1.0);
            assertThat(swapped.precision()).as("seed %d round %d", seed, round).isCloseTo(b.recall(), within(1e-12));
        }
    }

    @Test
    void rejects_different_item_sets() {
        assertThatThrownBy(() -> BCubed.score(Map.of("a", 1), Map.of("b", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same non-empty items");
    }
}
