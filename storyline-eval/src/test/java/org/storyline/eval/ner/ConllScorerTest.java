package org.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.eval.Prf;

class ConllScorerTest {
    private final ConllScorer scorer = new ConllScorer();

    @Test
    void only_exact_span_and_type_count() {
        // gold: PER [0,2), LOC [3,4); predicted: PER [0,1) (too short), LOC [3,4) (right), ORG [5,6) (spurious)
        List<List<String>> gold = List.of(List.of("I-PER", "I-PER", "O", "I-LOC", "O", "O"));
        List<List<String>> predicted = List.of(List.of("B-PER", "O", "O", "B-LOC", "O", "B-ORG"));

        NerScore score = scorer.score(gold, predicted);

        assertThat(score.overall()).isEqualTo(new Prf(1, 2, 1));
        assertThat(score.overall().precision()).isCloseTo(1 / 3d, within(1e-12));
        assertThat(score.overall().recall()).isCloseTo(0.5, within(1e-12));
        assertThat(score.overall().f1()).isCloseTo(0.4, within(1e-12));
        assertThat(score.type("PER")).isEqualTo(new Prf(0, 1, 1));
        assertThat(score.type("LOC")).isEqualTo(new Prf(1, 0, 0));
        assertThat(score.type("ORG")).isEqualTo(new Prf(0, 1, 0));
        assertThat(score.type("MISC")).isEqualTo(new Prf(0, 0, 0));
    }

    @Test
    void a_wrong_type_is_both_a_false_positive_and_a_false_negative() {
        NerScore score = scorer.score(List.of(List.of("B-ORG", "I-ORG")), List.of(List.of("B-LOC", "I-LOC")));
        assertThat(score.type("ORG")).isEqualTo(new Prf(0, 0, 1));
        assertThat(score.type("LOC")).isEqualTo(new Prf(0, 1, 0));
    }

    @Test
    void the_three_class_score_leaves_misc_out_on_both_sides() {
        // gold: PER, MISC; predicted: PER right, MISC wrong span -> 3-class perfect, 4-class 1/2
        List<List<String>> gold = List.of(List.of("B-PER", "O", "B-MISC", "I-MISC"));
        List<List<String>> predicted = List.of(List.of("B-PER", "O", "B-MISC", "O"));

        NerScore score = scorer.score(gold, predicted);

        assertThat(score.metrics(true))
                .containsEntry("f1", 0.5)
                .containsEntry("f1_3class", 1.0)
                .containsEntry("per_f1", 1.0)
                .containsEntry("misc_f1", 0.0);
        assertThat(score.metrics(false)).doesNotContainKeys("f1", "misc_f1").containsEntry("f1_3class", 1.0);
    }

    @Test
    void sums_counts_over_sentences() {
        List<List<String>> gold = List.of(List.of("B-PER"), List.of("B-LOC", "O"));
        List<List<String>> predicted = List.of(List.of("B-PER"), List.of("O", "B-LOC"));
        assertThat(scorer.score(gold, predicted).overall()).isEqualTo(new Prf(1, 1, 1));
    }
}
