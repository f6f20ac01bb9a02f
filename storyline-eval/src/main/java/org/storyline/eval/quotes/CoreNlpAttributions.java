package org.storyline.eval.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyline.model.Span;

/**
 * Peer: CoreNLP's quote annotator with quote attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote},
 * {@code quote.attributeQuotes=true}). It finds quotations in quotation marks only and names no cue; the speaker
 * mention is the one its attribution sieves link the quote to ({@code MentionBegin/EndAnnotation}), which may be
 * a pronoun. Loading takes a minute and a few GB; it runs at some hundreds of tokens per second.
 */
public final class CoreNlpAttributions implements AttributionSystem {
    private final StanfordCoreNLP pipeline;

    private CoreNlpAttributions(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the pipeline (slow: all of CoreNLP's English models for these annotators). */
    public static CoreNlpAttributions load() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        properties.setProperty("quote.attributeQuotes", "true");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.useSUTime", "false");
        return new CoreNlpAttributions(new StanfordCoreNLP(properties));
    }

    @Override
    public List<Attribution> attribute(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Attribution> out = new ArrayList<>();
        for (CoreMap quote : quotes == null ? List.<CoreMap>of() : quotes) {
            Span content = new Span(
                    quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Integer begin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer end = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            List<Span> speaker = List.of();
            if (begin != null && end != null && begin >= 0 && end < tokens.size() && begin <= end) {
                speaker = List.of(new Span(
                        tokens.get(begin).beginPosition(), tokens.get(end).endPosition()));
            }
            out.add(new Attribution(List.of(content), List.of(), speaker));
        }
        return out;
    }

    @Override
    public boolean findsCues() {
        return false;
    }
}
