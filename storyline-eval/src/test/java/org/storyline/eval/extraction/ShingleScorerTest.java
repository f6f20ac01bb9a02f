package org.storyline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void a_missing_last_word_loses_one_of_two_shingles() {
        // truth shingles: (a b c d), (b c d e); predicted: (a b c d) -> tp 1, fp 0, fn 1, normalised by 2
        PageScore page = scorer.score("a b c d e", "a b c d.");
        assertThat(page).isEqualTo(new PageScore(0.5, 0, 0.5, false));
        assertThat(page.precision()).isEqualTo(1.0);
        assertThat(page.recall()).isEqualTo(0.5);
    }

    @Test
    void counts_repeated_shingles_as_a_multiset() {
        // truth shingles: (x y z w) twice, (y z w x), (z w x y), (w x y z) once; predicted (x y z w) once -> tp 1, fn 4
        assertThat(scorer.score("x y z w x y z w", "x y z w")).isEqualTo(new PageScore(0.2, 0, 0.8, false));
    }

    @Test
    void a_short_text_is_one_shorter_shingle() {
        assertThat(scorer.score("Hello world", "Hello, world!")).isEqualTo(new PageScore(1, 0, 0, true));
        assertThat(scorer.score("Hello world", "Hello there")).isEqualTo(new PageScore(0, 0.5, 0.5, false));
    }

    @Test
    void is_case_sensitive_like_the_benchmark() {
        assertThat(scorer.score("Hello world", "hello world").tp()).isZero();
    }

    @Test
    void an_empty_prediction_counts_for_recall_but_not_for_precision() {
        List<PageScore> pages = List.of(
                scorer.score("a b c d e", "a b c d"), // precision 1, recall 0.5
                scorer.score("p q r s", "")); // precision excluded, recall 0
        ExtractionScore score = scorer.aggregate(pages);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.25);
        assertThat(score.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(score.accuracy()).isZero();
        assertThat(score.pages()).isEqualTo(2);
    }

    @Test
    void random_texts_keep_the_metric_invariants() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] words = {"a", "b", "c", "d", "the", "war", "city", "aid"};
        List<PageScore> pages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String truth = randomText(random, words);
            String prediction = randomText(random, words);
            PageScore page = scorer.score(truth, prediction);
            double sum = page.tp() + page.fp() + page.fn();
            assertThat(sum == 0 || Math.abs(sum - 1) < 1e-9)
                    .as("seed %d: normalised counts, %s", seed, page)
                    .isTrue();
            assertThat(page.precision()).as("seed %d", seed).isBetween(0.0, 1.0);
            assertThat(page.recall()).as("seed %d", seed).isBetween(0.0, 1.0);
            PageScore self = scorer.score(truth, truth);
            assertThat(self.exact()).as("seed %d", seed).isTrue();
            assertThat(self.fp() + self.fn()).as("seed %d", seed).isZero();
            pages.add(page);
        }
        ExtractionScore score = scorer.aggregate(pages);
        assertThat(score.f1())
                .as("seed %d", seed)
                .isBetween(Math.min(score.precision(), score.recall()), Math.max(score.precision(), score.recall()));
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
        }
        return text.toString();
    }
}
