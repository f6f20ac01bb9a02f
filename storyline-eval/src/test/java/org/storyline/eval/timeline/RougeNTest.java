package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeNTest {
    @Test
    void tokenizes_like_rouge_155_with_stop_words_out_and_stems() {
        assertThat(RougeN.tokens(List.of("The U.N. said 72 protesters were killed in Deraa-based clashes .")))
                .containsExactly("72", "protest", "kill", "deraa", "base", "clash");
    }

    @Test
    void cuts_a_sentence_at_its_first_angle_bracket_as_rouge_reads_html_lines() {
        assertThat(RougeN.tokens(List.of("troops moved <b> north", "rebels fled"))).containsExactly("troop", "move",
                "rebel", "fled");
    }

    @Test
    void counts_clipped_unigram_and_bigram_hits() {
        // peer: protest kill protest city; model: protest protest kill army
        RougeCounts one = RougeN.count(List.of("Protesters killed protesters in the city"),
                List.of("protesters , protesters killed by the army"), 1);
        assertThat(one).isEqualTo(new RougeCounts(4, 4, 3));
        // peer bigrams: "protest kill", "kill protest", "protest citi"; model: "protest protest", "protest kill",
        // "kill armi"
        RougeCounts two = RougeN.count(List.of("Protesters killed protesters in the city"),
                List.of("protesters , protesters killed by the army"), 2);
        assertThat(two).isEqualTo(new RougeCounts(3, 3, 1));
    }

    @Test
    void bigrams_run_across_sentences() {
        assertThat(RougeN.count(List.of("Rebels advanced", "Troops retreated"), List.of("advanced troops"), 2))
                .isEqualTo(new RougeCounts(1, 3, 1));
    }
}
