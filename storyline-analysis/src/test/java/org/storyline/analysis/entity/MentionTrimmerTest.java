package org.storyline.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

class MentionTrimmerTest {

    /** Tokens for the given words, which must appear in {@code text} in order. */
    private static List<CoreLabel> tokens(String text, String... words) {
        List<CoreLabel> out = new ArrayList<>();
        int from = 0;
        for (String word : words) {
            int start = text.indexOf(word, from);
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setBeginPosition(start);
            token.setEndPosition(start + word.length());
            out.add(token);
            from = start + word.length();
        }
        return out;
    }

    @Test
    void drops_a_leading_title_and_a_trailing_possessive_from_a_person() {
        String text = "Gen. Ada Kron's men";
        assertThat(MentionTrimmer.trim(text, tokens(text, "Gen.", "Ada", "Kron", "'s"), EntityType.PERSON))
                .contains(new EntityMention(new Span(5, 13), "Ada Kron", EntityType.PERSON));
    }

    @Test
    void keeps_a_title_like_word_in_other_types_but_drops_punctuation() {
        String text = "\"St. Paul,\"";
        assertThat(MentionTrimmer.trim(text, tokens(text, "\"", "St.", "Paul", ",", "\""), EntityType.LOCATION))
                .contains(new EntityMention(new Span(1, 9), "St. Paul", EntityType.LOCATION));
    }

    @Test
    void drops_a_possessive_left_on_the_word_and_gives_nothing_for_a_bare_title() {
        String text = "Mr. Lund\u2019s";
        assertThat(MentionTrimmer.trim(text, tokens(text, "Mr.", "Lund\u2019s"), EntityType.PERSON))
                .contains(new EntityMention(new Span(4, 8), "Lund", EntityType.PERSON));
        assertThat(MentionTrimmer.trim(text, tokens(text, "Mr."), EntityType.PERSON))
                .isEqualTo(Optional.empty());
    }
}
