package org.storyline.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storyline.ingest.extract.Extraction;
import org.storyline.ingest.extract.HtmlArticleExtractor;

/** Body and metadata extraction from the bundled news page (jsoup parsing included), pages per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlExtractionBenchmark {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private String html;

    @Setup
    public void load() {
        html = BenchInputs.articleHtml();
    }

    @Benchmark
    public Extraction extract() {
        return extractor.extract(html, BenchInputs.PAGE_URL);
    }
}
