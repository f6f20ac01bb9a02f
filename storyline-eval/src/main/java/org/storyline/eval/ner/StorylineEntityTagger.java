package org.storyline.eval.ner;

import java.util.ArrayList;
import java.util.List;
import org.storyline.analysis.entity.EntityRecognizer;
import org.storyline.analysis.entity.NerModel;
import org.storyline.model.EntityMention;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Storyline's recognizer on the rebuilt document ({@link DocumentText}): the gold sentences are passed as the
 * sentences (one per paragraph), and the mentions' character spans are mapped back to the gold tokens.
 */
public final class StorylineEntityTagger implements EntityTagger {
    private final NerModel model;
    private final EntityRecognizer recognizer;

    private StorylineEntityTagger(NerModel model) {
        this.model = model;
        this.recognizer = new EntityRecognizer(model);
    }

    /** Loads the product's default model. */
    public static StorylineEntityTagger load() {
        return new StorylineEntityTagger(NerModel.load());
    }

    @Override
    public String name() {
        return "storyline";
    }

    @Override
    public boolean producesMisc() {
        // the 3-class model has no MISC; scored on PER+LOC+ORG only, as the brief's comparison asks
        return !model.resource().contains("3class");
    }

    @Override
    public List<List<String>> tag(ConllDocument document) {
        DocumentText text = new DocumentText(document);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < text.sentenceSpans().size(); i++) {
            sentences.add(new Sentence(i, text.sentenceSpans().get(i), i));
        }
        List<DocumentText.LabeledSpan> entities = new ArrayList<>();
        for (EntityMention mention : recognizer.recognize(text.text(), sentences)) {
            entities.add(new DocumentText.LabeledSpan(
                    new Span(mention.span().start(), mention.span().end()),
                    switch (mention.type()) {
                        case PERSON -> "PER";
                        case ORGANIZATION -> "ORG";
                        case LOCATION -> "LOC";
                        case MISC -> "MISC";
                    }));
        }
        return text.tags(entities);
    }
}
