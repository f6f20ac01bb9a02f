package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AlignmentRougeTest {
    private static Timeline timeline(Object... dayAndSentence) {
        TreeMap<LocalDate, List<String>> days = new TreeMap<>();
        for (int i = 0; i < dayAndSentence.length; i += 2) {
            days.put(LocalDate.parse((String) dayAndSentence[i]), List.of((String) dayAndSentence[i + 1]));
        }
        return new Timeline("t", days);
    }

    @Test
    void an_identical_timeline_scores_one() {
        Timeline t = timeline("2011-04-22", "Protesters killed in Deraa", "2011-10-03", "Opposition council formed");
        AlignmentRouge r = AlignmentRouge.score(t, t, 1);
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
    }

    @Test
    void a_day_off_halves_the_hits() {
        Timeline system = timeline("2011-04-23", "Protesters killed in Deraa");
        Timeline reference = timeline("2011-04-22", "Protesters killed in Deraa");
        AlignmentRouge r = AlignmentRouge.score(system, reference, 1);
        // 3 of 3 unigrams match, weighted 1 / (1 day + 1)
        assertThat(r.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(r.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aligns_many_to_one_by_date_and_content_cost() {
        // Precision: system 04-22 (Deraa) costs 0 against reference 04-22 (same day) and against 04-24 (same
        // words); the first wins: 0 hits of 3 words. System 04-25 (Homs) costs 0 against 04-22 (same words) and
        // 0.5 against 04-24: 2 hits weighted 1 / (3 days + 1).
        Timeline system = timeline("2011-04-22", "Deraa protest grows", "2011-04-25", "Homs shelled");
        Timeline reference = timeline("2011-04-22", "Homs shelled", "2011-04-24", "Deraa protest grows");
        AlignmentRouge r = AlignmentRouge.score(system, reference, 1);
        assertThat(r.precision()).isCloseTo((0 + 2 * 0.25) / 5, within(1e-12));
        // Recall: reference 04-22 -> system 04-22 (same day): 0 hits of 2 words; reference 04-24 -> system 04-22
        // (same words, cost 0; 04-25 costs 0.5): 3 hits weighted 1 / (2 days + 1).
        assertThat(r.recall()).isCloseTo((0 + 3 / 3.0) / 5, within(1e-12));
    }

    @Test
    void averages_precision_and_recall_over_timelines_before_taking_f() {
        TimelineScore a = new TimelineScore(new AlignmentRouge(1, 0), new AlignmentRouge(0, 0), 1, 0);
        TimelineScore b = new TimelineScore(new AlignmentRouge(0, 1), new AlignmentRouge(0, 0), 0, 1);
        Map<String, Double> m = TimelineScore.average(List.of(a, b));
        assertThat(m.get("rouge1_f")).isCloseTo(0.5, within(1e-12));
        assertThat(m.get("date_f1")).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void date_scores_count_shared_days() {
        Timeline system = timeline("2011-04-22", "a b c d e", "2011-05-01", "f g h i j");
        Timeline reference = timeline("2011-04-22", "a b c d e", "2011-06-01", "x", "2011-07-01", "y");
        TimelineScore s = TimelineScore.score(system, reference);
        assertThat(s.dateP()).isEqualTo(0.5);
        assertThat(s.dateR()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void budget_rounds_half_to_even_like_python() {
        Timeline t = new Timeline(
                "t",
                new TreeMap<>(Map.of(
                        LocalDate.parse("2011-01-01"),
                        List.of("a", "b"),
                        LocalDate.parse("2011-01-02"),
                        List.of("c", "d", "e"))));
        assertThat(t.sentencesPerDate()).isEqualTo(2);
    }
}
