package org.storyline.eval.speed;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * Peer: CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline (every NER model, numeric classifiers,
 * SUTime and fine-grained NER, as a user who names those annotators gets) over raw text. One pipeline serves
 * every thread, as CoreNLP's own multi-threaded {@code annotate} does.
 */
public final class CoreNlpDefaultPipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;

    private CoreNlpDefaultPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (slow: tens of seconds, about 3 GB of heap once running). */
    public static CoreNlpDefaultPipeline load() {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        return new CoreNlpDefaultPipeline(new StanfordCoreNLP(properties));
    }

    /** Annotates every article's text on {@code threads} threads. */
    public void annotate(List<CorpusArticle> articles, int threads) {
        List<Annotation> documents =
                articles.stream().map(a -> new Annotation(a.article().text())).toList();
        pipeline.annotate(documents, threads);
    }
}
