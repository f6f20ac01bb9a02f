package org.storyline.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.eval.Prf;
import org.storyline.model.Span;

class AttributionScorerTest {
    private static List<Span> at(int start, int end) {
        return List.of(new Span(start, end));
    }

    @Test
    void scores_cue_speaker_and_content_by_overlap() {
        // gold: "Ann said the dam held." source [0,3) cue [4,8) content [9,22)
        List<Attribution> gold = List.of(new Attribution(at(9, 22), at(4, 8), at(0, 3)));
        // predicted content misses the first word, speaker off by one, no cue
        List<Attribution> predicted = List.of(new Attribution(at(13, 21), List.of(), at(1, 3)));
        AttributionCounts counts = new AttributionScorer().score(gold, predicted);
        assertThat(counts.content()).isEqualTo(new Prf(1, 0, 0));
        assertThat(counts.speaker()).isEqualTo(new Prf(1, 0, 0));
        assertThat(counts.cue()).isEqualTo(new Prf(0, 0, 1));
    }

    @Test
    void a_speaker_only_counts_when_the_contents_matched() {
        List<Attribution> gold = List.of(new Attribution(at(10, 20), at(5, 9), at(0, 4)));
        List<Attribution> predicted = List.of(new Attribution(at(30, 40), at(5, 9), at(0, 4)));
        AttributionCounts counts = new AttributionScorer().score(gold, predicted);
        assertThat(counts.speaker()).isEqualTo(new Prf(0, 1, 1));
        assertThat(counts.cue()).isEqualTo(new Prf(1, 0, 0));
        assertThat(counts.content()).isEqualTo(new Prf(0, 1, 1));
    }

    @Test
    void matches_one_to_one_preferring_the_larger_overlap() {
        // one long prediction overlaps two gold contents; it goes to the one it shares more with
        List<Attribution> gold = List.of(
                new Attribution(at(0, 10), List.of(), List.of()), new Attribution(at(12, 40), List.of(), List.of()));
        List<Attribution> predicted = List.of(new Attribution(at(8, 30), List.of(), List.of()));
        assertThat(AttributionScorer.match(gold, predicted, Attribution::content))
                .containsExactly(-1, 0);
    }

    @Test
    void counts_characters_shared_by_pieces() {
        assertThat(Attribution.overlap(List.of(new Span(0, 5), new Span(10, 15)), at(3, 12)))
                .isEqualTo(4);
        assertThat(Attribution.overlap(at(0, 5), List.of())).isZero();
    }

    @Test
    void matches_never_exceed_predicted_or_gold_fillers() {
        long seed = 777L;
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            List<Attribution> gold = randomAttributions(random);
            List<Attribution> predicted = randomAttributions(random);
            AttributionCounts c = new AttributionScorer().score(gold, predicted);
            for (Prf prf : List.of(c.cue(), c.speaker(), c.content())) {
                assertThat(prf.precision()).as("seed %d round %d", seed, round).isBetween(0.0, 1.0);
                assertThat(prf.recall()).as("seed %d round %d", seed, round).isBetween(0.0, 1.0);
            }
            assertThat(c.speaker().truePositives())
                    .isLessThanOrEqualTo(c.content().truePositives());
        }
    }

    private static List<Attribution> randomAttributions(Random random) {
        List<Attribution> out = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            out.add(new Attribution(randomSpans(random, 1), randomSpans(random, 0), randomSpans(random, 0)));
        }
        return out;
    }

    private static List<Span> randomSpans(Random random, int atLeast) {
        List<Span> spans = new ArrayList<>();
        for (int i = atLeast + random.nextInt(2); i > 0; i--) {
            int start = random.nextInt(100);
            spans.add(new Span(start, start + 1 + random.nextInt(20)));
        }
        return spans;
    }
}
