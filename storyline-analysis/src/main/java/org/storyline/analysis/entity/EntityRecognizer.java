package org.storyline.analysis.entity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Finds people, organisations and places with the CoreNLP CRF classifier, one sentence at a time.
 *
 * <p>Each sentence is tokenized with CoreNLP's {@link PTBTokenizer} (invertible, no PTB escaping, so
 * every token maps back to the text), classified, and consecutive tokens of the same class become one
 * {@link EntityMention}. Mentions are then trimmed by {@link MentionTrimmer}: no title ("Mr.") at the
 * start of a person, no possessive "'s" or punctuation at either end.
 *
 * <p>Thread-safe and cheap to create; the heavy part is the shared {@link NerModel}.
 */
public final class EntityRecognizer {

    private static final String TOKENIZER_OPTIONS = "invertible=true,ptb3Escaping=false,untokenizable=noneKeep";

    private final NerModel model;
    private final TokenizerFactory<CoreLabel> tokenizers;

    public EntityRecognizer(NerModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.tokenizers = PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);
    }

    /**
     * The entity mentions inside {@code sentences}, in text order; text outside every sentence is not
     * read.
     *
     * @param text the article text the sentence spans point into
     * @param sentences the article's sentences, e.g. from {@code SentenceSplitter}
     * @throws IllegalArgumentException when a sentence span lies outside {@code text}
     */
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentences, "sentences");
        List<EntityMention> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (sentence.end() > text.length()) {
                throw new IllegalArgumentException("expected sentence spans within the text of length " + text.length()
                        + ", found " + sentence.span());
            }
            recognizeSentence(text, sentence.span(), out);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    private void recognizeSentence(String text, Span sentence, List<EntityMention> out) {
        List<CoreLabel> tokens = tokenize(text, sentence);
        if (tokens.isEmpty()) {
            return;
        }
        // classifySentence copies the tokens (offsets kept) and adds what the features need (word
        // shapes, the model's word function) before classifying, exactly as CoreNLP's NER annotator does
        List<CoreLabel> labelled = model.classifier().classifySentence(tokens);
        int i = 0;
        while (i < labelled.size()) {
            Optional<EntityType> type = typeOf(labelled.get(i));
            if (type.isEmpty()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labelled.size() && typeOf(labelled.get(j)).equals(type)) {
                j++;
            }
            MentionTrimmer.trim(text, labelled.subList(i, j), type.get()).ifPresent(out::add);
            i = j;
        }
    }

    /** Tokens of one sentence, with character offsets into the whole text. */
    private List<CoreLabel> tokenize(String text, Span sentence) {
        List<CoreLabel> tokens =
                tokenizers.getTokenizer(new StringReader(sentence.of(text))).tokenize();
        for (CoreLabel token : tokens) {
            token.setBeginPosition(token.beginPosition() + sentence.start());
            token.setEndPosition(token.endPosition() + sentence.start());
        }
        return tokens;
    }

    /** The entity type of a classified token; empty for "O" and labels we do not use. */
    static Optional<EntityType> typeOf(CoreLabel token) {
        String answer = token.get(CoreAnnotations.AnswerAnnotation.class);
        if (answer == null) {
            return Optional.empty();
        }
        String label = answer.startsWith("B-") || answer.startsWith("I-") ? answer.substring(2) : answer;
        switch (label) {
            case "PERSON", "PER":
                return Optional.of(EntityType.PERSON);
            case "ORGANIZATION", "ORG":
                return Optional.of(EntityType.ORGANIZATION);
            case "LOCATION", "LOC":
                return Optional.of(EntityType.LOCATION);
            case "MISC":
                return Optional.of(EntityType.MISC);
            default:
                return Optional.empty();
        }
    }
}
