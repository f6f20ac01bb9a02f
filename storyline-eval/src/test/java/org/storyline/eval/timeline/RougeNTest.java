package org.storyline.eval.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RougeNTest {
    @Test
    void tokenizes_like_rouge_155_with_stop_words_out_and_stems() {
        assertThat(RougeN.tokens(List.of("The U.N. said 72 protesters were killed in Deraa-based clashes .")))
                .containsExactly("72", "protest", "kill", "deraa", "base", "clash");
    }

    @Test
    void cuts_a_sentence_at_its_first_angle_bracket_as_rouge_reads_html_lines() {
        assertThat(RougeN.tokens(List.of("troops moved <b> north", "rebels fled")))
                .containsExactly("troop", "move", "rebel", "fled");
    }

    @Test
    void counts_clipped_unigram_and_bigram_hits() {
        // peer: protest kill protest city; model: protest protest kill army
        RougeCounts one = RougeN.count(
                List.of("Protesters killed protesters in the city"),
                List.of("protesters , protesters killed by the army"),
                1);
        assertThat(one).isEqualTo(new RougeCounts(4, 4, 3));
        // peer bigrams: "protest kill", "kill protest", "protest citi"; model: "protest protest", "protest kill",
        // "kill armi"
        RougeCounts two = RougeN.count(
                List.of("Protesters killed protesters in the city"),
                List.of("protesters , protesters killed by the army"),
                2);
        assertThat(two).isEqualTo(new RougeCounts(3, 3, 1));
    }

    @Test
    void bigrams_run_across_sentences() {
        assertThat(RougeN.count(List.of("Rebels advanced", "Troops retreated"), List.of("advanced troops"), 2))
                .isEqualTo(new RougeCounts(1, 3, 1));
    }

    @Test
    void hits_never_exceed_either_count_and_no_stop_word_survives() {
        long seed = 424242L;
        Random random = new Random(seed);
        String[] words = {
            "The", "rebels", "said", "killed", "Aleppo", "-", "don't", "72", "of", "cease-fire", "<x>", "é"
        };
        for (int round = 0; round < 300; round++) {
            List<String> peer = new ArrayList<>();
            List<String> model = new ArrayList<>();
            for (List<String> side : List.of(peer, model)) {
                int sentences = random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    StringBuilder b = new StringBuilder();
                    for (int w = random.nextInt(8); w > 0; w--) {
                        b.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    side.add(b.toString());
                }
            }
            for (int n = 1; n <= 2; n++) {
                RougeCounts c = RougeN.count(peer, model, n);
                assertThat(c.hit())
                        .as("seed %d round %d", seed, round)
                        .isLessThanOrEqualTo(Math.min(c.peer(), c.model()));
            }
            assertThat(RougeN.tokens(peer))
                    .as("seed %d round %d", seed, round)
                    .noneMatch(RougeStopWords::contains)
                    .allMatch(t -> t.matches("[a-z0-9]+"));
        }
    }
}
