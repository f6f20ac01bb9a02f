package org.storyline.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class TempEvalScorerTest {
    private final TempEvalScorer scorer = new TempEvalScorer();

    private static Timex timex(int start, int end, String type, String value) {
        return new Timex(new Span(start, end), "x".repeat(end - start), type, value);
    }

    @Test
    void relaxed_counts_overlaps_strict_exact_extents_and_value_f1_scales_relaxed_f1() {
        List<Timex> gold = List.of(
                timex(10, 16, "DATE", "2013-03-22"), // "Friday"
                timex(20, 27, "DURATION", "P1M"), // "a month"
                timex(40, 44, "DATE", "2009"));
        List<Timex> system = List.of(
                timex(10, 16, "DATE", "2013-03-22"), // exact, right value
                timex(22, 27, "DURATION", "P1M"), // "month": overlap only, right value
                timex(40, 44, "DATE", "2010"), // exact, wrong value
                timex(60, 65, "DATE", "PRESENT_REF")); // spurious

        TimexCounts counts = scorer.score(gold, system);

        assertThat(counts).isEqualTo(new TimexCounts(3, 4, 3, 2, 2, 3));
        // relaxed P 3/4, R 3/3 -> F1 6/7; strict P 2/4, R 2/3 -> F1 4/7; value accuracy 2/3 -> value F1 4/7
        assertThat(counts.relaxedPrf().f1()).isCloseTo(6 / 7d, within(1e-12));
        assertThat(counts.strictPrf().f1()).isCloseTo(4 / 7d, within(1e-12));
        assertThat(counts.valueAccuracy()).isCloseTo(2 / 3d, within(1e-12));
        assertThat(counts.valueF1()).isCloseTo(4 / 7d, within(1e-12));
        assertThat(counts.typeF1()).isCloseTo(6 / 7d, within(1e-12));
    }

    @Test
    void one_system_timex_over_two_gold_ones_matches_only_one_of_them() {
        // gold "2009" and "2010" in "2009-2010"; the system tags the whole range
        TimexCounts counts = scorer.score(
                List.of(timex(0, 4, "DATE", "2009"), timex(5, 9, "DATE", "2010")),
                List.of(timex(0, 9, "DATE", "2009")));
        assertThat(counts).isEqualTo(new TimexCounts(2, 1, 1, 0, 1, 1));
    }

    @Test
    void an_exact_partner_is_preferred_over_an_earlier_overlapping_one() {
        TimexCounts counts = scorer.score(
                List.of(timex(5, 10, "DATE", "2001")),
                List.of(timex(0, 7, "DATE", "2000"), timex(5, 10, "DATE", "2001")));
        assertThat(counts).isEqualTo(new TimexCounts(1, 2, 1, 1, 1, 1));
    }

    @Test
    void counts_add_up_over_documents() {
        TimexCounts a = new TimexCounts(1, 2, 1, 1, 1, 1);
        assertThat(a.plus(new TimexCounts(3, 1, 1, 0, 0, 1))).isEqualTo(new TimexCounts(4, 3, 2, 1, 1, 2));
        assertThat(TimexCounts.ZERO.valueF1()).isZero();
    }
}
