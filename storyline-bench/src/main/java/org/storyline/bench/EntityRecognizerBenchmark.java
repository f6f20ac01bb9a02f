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
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.model.EntityMention;
import org.storyline.model.Sentence;

/** Named entities (the CoreNLP CRF model Storyline loads) in the bundled article, articles per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityRecognizerBenchmark {
    private EntityRecognizer recognizer;
    private String text;
    private List<Sentence> sentences;

    @Setup
    public void load() {
        recognizer = new EntityRecognizer(NerModel.load());
        text = BenchInputs.articleText();
        sentences = new SentenceSplitter().split(text);
    }

    @Benchmark
    public List<EntityMention> recognize() {
        return recognizer.recognize(text, sentences);
    }
}
