package org.storyline.eval.quotes;

import java.util.List;
import java.util.Objects;
import org.storyline.analysis.entity.EntityRecognizer;
import org.storyline.analysis.entity.NerModel;
import org.storyline.analysis.quote.QuoteExtractor;
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.model.Quote;
import org.storyline.model.Sentence;

/**
 * Storyline's {@link QuoteExtractor} over {@link SentenceSplitter} sentences and {@link EntityRecognizer}
 * entities. A quote's content, cue and speaker mention (the name or pronoun in the text) are scored; the
 * content of a direct quote excludes its quotation marks, which overlap scoring does not mind.
 */
public final class StorylineAttributions implements AttributionSystem {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EntityRecognizer recognizer;
    private final QuoteExtractor extractor = new QuoteExtractor();

    public StorylineAttributions(NerModel model) {
        this.recognizer = new EntityRecognizer(Objects.requireNonNull(model, "model"));
    }

    @Override
    public List<Attribution> attribute(String text) {
        List<Sentence> sentences = splitter.split(text);
        List<Quote> quotes = extractor.extract(text, sentences, recognizer.recognize(text, sentences));
        return quotes.stream()
                .map(q -> new Attribution(
                        List.of(q.content()),
                        q.cue().stream().toList(),
                        q.speakerMention().stream().toList()))
                .toList();
    }

    @Override
    public boolean findsCues() {
        return true;
    }
}
