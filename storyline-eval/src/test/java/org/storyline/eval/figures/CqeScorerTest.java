package org.storyline.eval.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CqeScorerTest {
    private static CqeQuantity q(String value, String unit, String change, String... concepts) {
        return new CqeQuantity(CqeValue.parse(value), unit, change, List.of(concepts));
    }

    @Test
    void counts_value_unit_change_and_concept_matches() {
        List<CqeQuantity> gold = List.of(q("12", "dollar", "=", "ticket"), q("40", "yard", "~", "line"));
        List<CqeQuantity> predicted = List.of(q("12.0", "Dollar", ">", "Ticket", "price"), q("3", "-", "="));
        CqeCounts counts = new CqeScorer(true).score(gold, predicted);
        assertThat(counts).isEqualTo(new CqeCounts(2, 2, 1, 1, 0, 1, 0));
    }

    @Test
    void a_value_match_with_the_wrong_unit_keeps_searching_and_counts_change_and_concepts_each_time() {
        // gold 5 mile; predictions sorted by unit: 5 kilometre (value only), then 5 mile: the scorer counts the
        // value once (one gold quantity), but change and concept once per value-matching prediction
        List<CqeQuantity> gold = List.of(q("5", "mile", "=", "road"));
        List<CqeQuantity> predicted = List.of(q("5", "mile", "=", "road"), q("5", "kilometre", "=", "road"));
        CqeCounts counts = new CqeScorer(true).score(gold, predicted);
        assertThat(counts).isEqualTo(new CqeCounts(1, 2, 1, 1, 2, 2, 2));
    }

    @Test
    void a_used_prediction_cannot_match_a_second_gold_quantity() {
        List<CqeQuantity> gold = List.of(q("7", "day", "="), q("7", "day", "="));
        List<CqeQuantity> predicted = List.of(q("7", "day", "="));
        assertThat(new CqeScorer(false).score(gold, predicted)).isEqualTo(new CqeCounts(2, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void ranges_match_only_ranges() {
        assertThat(CqeValue.parse("1.5-2").matches(CqeValue.parse(" 1.5-2.0"))).isTrue();
        assertThat(CqeValue.parse("2-2").matches(CqeValue.parse("2"))).isFalse();
        assertThat(CqeValue.parse("-1.3")).isEqualTo(CqeValue.of(-1.3));
    }

    @Test
    void values_match_within_numpy_isclose_tolerance() {
        assertThat(CqeValue.of(100000).matches(CqeValue.of(100000.9))).isTrue();
        assertThat(CqeValue.of(100000).matches(CqeValue.of(100002))).isFalse();
    }

    @Test
    void complete_concepts_need_equal_lengths_and_full_overlap() {
        assertThat(CqeScorer.sameConcepts(List.of("Debris", "field"), List.of("field", "debris")))
                .isTrue();
        assertThat(CqeScorer.sameConcepts(List.of("debris", "field"), List.of("field", "debris", "x")))
                .isFalse();
        assertThat(CqeScorer.sharesConcept(List.of("debris", "field"), List.of("x", "FIELD")))
                .isTrue();
    }

    @Test
    void sorts_units_by_code_point_like_python() {
        assertThat(CqeScorer.compareCodePoints("Z", "a")).isNegative();
        assertThat(CqeScorer.compareCodePoints("ab", "a")).isPositive();
    }
}
