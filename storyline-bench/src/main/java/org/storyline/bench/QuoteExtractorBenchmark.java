package org.storyline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storyline.analysis.entity.EntityRecognizer;
import org.storyline.analysis.entity.NerModel;
import org.storyline.analysis.quote.QuoteExtractor;
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.model.EntityMention;
import org.storyline.model.Quote;
import org.storyline.model.Sentence;

/**
 * Quotes and speakers in the bundled article, articles per second. The entities it resolves speakers against
 * are found once in the set-up, so only quote extraction is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QuoteExtractorBenchmark {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private String text;
    private List<Sentence> sentences;
    private List<EntityMention> entities;

    @Setup
    public void load() {
        text = BenchInputs.articleText();
        sentences = new SentenceSplitter().split(text);
        entities = new EntityRecognizer(NerModel.load()).recognize(text, sentences);
    }

    @Benchmark
    public List<Quote> extract() {
        return extractor.extract(text, sentences, entities);
    }
}
