package org.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorylineEntityTaggerTest {
    @Test
    void maps_mentions_back_to_the_gold_tokens_of_each_sentence() {
        ConllDocument document = new ConllDocument(List.of(
                new ConllSentence(
                        List.of("Angela", "Merkel", "visited", "Paris", "."), List.of("O", "O", "O", "O", "O")),
                new ConllSentence(List.of("She", "left", "."), List.of("O", "O", "O"))));

        List<List<String>> tags = StorylineEntityTagger.load().tag(document);

        assertThat(tags).containsExactly(List.of("B-PER", "I-PER", "O", "B-LOC", "O"), List.of("O", "O", "O"));
    }
}
