package org.storyline.analysis.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static String contents(String text) {
        return String.join(
                "|",
                QuoteMarks.find(text).stream().map(q -> q.content().of(text)).toList());
    }

    @Test
    void two_apostrophes_open_and_close_a_quote_around_apostrophes() {
        String text = "He said ''it's the 'best' plan we've had,'' and left.";
        assertThat(QuoteMarks.find(text)).hasSize(1);
        assertThat(contents(text)).isEqualTo("it's the 'best' plan we've had");
        assertThat(QuoteMarks.find(text).get(0).marks().of(text)).isEqualTo("''it's the 'best' plan we've had,''");
    }

    @Test
    void two_apostrophes_continue_a_quote_in_the_next_paragraph() {
        String text = "''First paragraph.\n\n''Second one.'' He left.";
        assertThat(contents(text)).isEqualTo("First paragraph.\n\n''Second one.");
    }
}
