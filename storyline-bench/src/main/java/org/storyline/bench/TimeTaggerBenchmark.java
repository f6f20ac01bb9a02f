package org.storyline.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storyline.analysis.time.TimeExpressionTagger;
import org.storyline.model.DateMention;

/** Time expressions in the bundled article, resolved against its publication day; articles per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TimeTaggerBenchmark {
    private final TimeExpressionTagger tagger = new TimeExpressionTagger();
    private String text;

    @Setup
    public void load() {
        text = BenchInputs.articleText();
    }

    @Benchmark
    public List<DateMention> tag() {
        return tagger.tag(text, Optional.of(BenchInputs.PUBLISHED));
    }
}
