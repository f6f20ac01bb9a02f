package org.storyline.eval.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfAgglomerativeTest {
    @Test
    void groups_reports_of_the_same_event_and_keeps_others_apart() {
        List<String> texts = List.of(
                "Floodwater breached the harbor wall in Pellmouth overnight, forcing evacuations.",
                "Pellmouth evacuations continue after floodwater breached the harbor wall.",
                "The Corvale orchestra opened its winter season with a new symphony.",
                "A new symphony opened the Corvale orchestra winter season.");
        assertThat(new TfidfAgglomerative(0.2).cluster(texts)).containsExactly(0, 0, 1, 1);
    }

    @Test
    void a_high_threshold_leaves_every_text_alone() {
        List<String> texts = List.of("harbor wall breached", "harbor wall breached overnight", "symphony season");
        assertThat(new TfidfAgglomerative(1.0).cluster(texts)).containsExactly(0, 1, 2);
    }
}
