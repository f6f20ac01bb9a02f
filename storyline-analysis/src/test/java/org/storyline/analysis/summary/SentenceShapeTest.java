package org.storyline.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceShapeTest {

    @Test
    void a_headline_fragment_is_not_a_statement() {
        assertThat(SentenceShape.of("Storm Hits Coast").isStatement(3)).isFalse();
        assertThat(SentenceShape.of("Storm hits the northern coast of the island.")
                        .isStatement(3))
                .isTrue();
    }

    @Test
    void a_line_without_a_verb_is_not_a_statement() {
        assertThat(SentenceShape.of("Photo: the old harbour wall at dawn, March 2024.")
                        .isStatement(3))
                .isFalse();
    }

    @Test
    void recognises_questions_closing_quotes_and_dangling_starts() {
        assertThat(SentenceShape.of("What happens next?").isQuestion()).isTrue();
        assertThat(SentenceShape.of("\"We will rebuild,\" she said.\"").endsLikeSentence())
                .isTrue();
        assertThat(SentenceShape.of("He added that talks would go on.").startsDangling())
                .isTrue();
        assertThat(SentenceShape.of("Helen added that talks would go on.").startsDangling())
                .isFalse();
    }

    @Test
    void recognises_future_plans() {
        assertThat(SentenceShape.of("The ministers will sign the treaty on Friday.")
                        .speaksOfFuture())
                .isTrue();
        assertThat(SentenceShape.of("The ministers signed the treaty on Friday.")
                        .speaksOfFuture())
                .isFalse();
    }
}
