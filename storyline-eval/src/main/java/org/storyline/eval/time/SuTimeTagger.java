package org.storyline.eval.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyline.model.Span;

/** Peer: Stanford SUTime (inside CoreNLP) with its default rules, the DCT as document date. */
public final class SuTimeTagger implements TimexTagger {
    private final AnnotationPipeline pipeline;

    private SuTimeTagger(AnnotationPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the tokenizer, POS model and SUTime rules (a few seconds). */
    public static SuTimeTagger load() {
        AnnotationPipeline pipeline = new AnnotationPipeline();
        pipeline.addAnnotator(new TokenizerAnnotator(false, "en"));
        pipeline.addAnnotator(new WordsToSentencesAnnotator(false));
        pipeline.addAnnotator(new POSTaggerAnnotator(false));
        pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
        return new SuTimeTagger(pipeline);
    }

    @Override
    public String name() {
        return "sutime";
    }

    @Override
    public List<Timex> tag(String text, LocalDate creationDay) {
        Annotation annotation = new Annotation(text);
        annotation.set(CoreAnnotations.DocDateAnnotation.class, creationDay.toString());
        pipeline.annotate(annotation);
        List<Timex> found = new ArrayList<>();
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return found;
        }
        for (CoreMap mention : timexes) {
            edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String value = timex.value() != null ? timex.value() : timex.altVal() != null ? timex.altVal() : "";
            found.add(new Timex(new Span(start, end), text.substring(start, end), timex.timexType(), value));
        }
        return found;
    }
}
