package org.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;

class DocumentTextTest {
    private final DocumentText text = new DocumentText(new ConllDocument(List.of(
            new ConllSentence(List.of("Ada", "Lovelace", "met", "Babbage"), List.of("I-PER", "I-PER", "O", "I-PER")),
            new ConllSentence(List.of("in", "London", "."), List.of("O", "I-LOC", "O")))));

    @Test
    void joins_tokens_with_spaces_and_sentences_as_paragraphs() {
        assertThat(text.text()).isEqualTo("Ada Lovelace met Babbage\n\nin London .");
        assertThat(text.sentenceSpans()).containsExactly(new Span(0, 24), new Span(26, 37));
        assertThat(text.tokenSpans().get(1)).containsExactly(new Span(26, 28), new Span(29, 35), new Span(36, 37));
    }

    @Test
    void maps_character_spans_to_iob2_tags_of_every_touched_token() {
        List<List<String>> tags = text.tags(List.of(
                new DocumentText.LabeledSpan(new Span(0, 12), "PER"),
                new DocumentText.LabeledSpan(new Span(29, 33), "LOC"))); // "Lond": a partial token still counts
        assertThat(tags).containsExactly(List.of("B-PER", "I-PER", "O", "O"), List.of("O", "B-LOC", "O"));
    }

    @Test
    void drops_an_entity_that_overlaps_an_earlier_longer_one() {
        List<List<String>> tags = text.tags(List.of(
                new DocumentText.LabeledSpan(new Span(4, 12), "ORG"),
                new DocumentText.LabeledSpan(new Span(0, 12), "PER")));
        assertThat(tags.get(0)).containsExactly("B-PER", "I-PER", "O", "O");
    }
}
