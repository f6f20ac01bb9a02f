package org.storyline.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonWordsTest {
    @Test
    void splits_on_everything_but_letters_digits_and_underscores() {
        assertThat(PythonWords.tokens("It's 9:30 — snake_case, naïve!"))
                .containsExactly("It", "s", "9", "30", "snake_case", "naïve");
    }

    @Test
    void splits_at_a_combining_mark_as_python_does() {
        // "e" + COMBINING ACUTE ACCENT: Python's \w does not match the mark (category Mn)
        assertThat(PythonWords.tokens("cafe\u0301 ok")).containsExactly("cafe", "ok");
    }

    @Test
    void keeps_other_numbers_and_non_latin_letters() {
        assertThat(PythonWords.tokens("km² 東京 ½")).containsExactly("km²", "東京", "½");
    }

    @Test
    void finds_nothing_in_punctuation_only_text() {
        assertThat(PythonWords.tokens(" … — !? ")).isEmpty();
    }
}
