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
import org.storyline.analysis.figure.FigureExtractor;
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.model.Figure;
import org.storyline.model.Sentence;

/** Figures (quantities) in the bundled article, articles per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FigureExtractorBenchmark {
    private final FigureExtractor extractor = new FigureExtractor();
    private String text;
    private List<Sentence> sentences;

    @Setup
    public void load() {
        text = BenchInputs.articleText();
        sentences = new SentenceSplitter().split(text);
    }

    @Benchmark
    public List<Figure> extract() {
        return extractor.extract(text, sentences);
    }
}
