package org.storyline.analysis.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTest {
    @Test
    void an_abbreviation_keeps_its_dot_and_the_dot_is_not_a_word_of_its_own() {
        String text = "said Mr. Lee. Dr. Ng";
        assertThat(Word.of(text, 0, text.length()).stream().map(Word::text))
                .containsExactly("said", "Mr.", "Lee", ".", "Dr.", "Ng");
    }
}
