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
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.model.Sentence;

/** Sentence splitting of the bundled article, operations (articles) per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SentenceSplitterBenchmark {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private String text;

    @Setup
    public void load() {
        text = BenchInputs.articleText();
    }

    @Benchmark
    public List<Sentence> split() {
        return splitter.split(text);
    }
}
