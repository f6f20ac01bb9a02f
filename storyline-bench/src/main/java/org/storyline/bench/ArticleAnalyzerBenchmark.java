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
import org.storyline.analysis.Engine;
import org.storyline.analysis.EngineConfig;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.PublishedDate;

/** The whole per-article chain ({@link Engine#analyze}) on the bundled article, one thread; articles per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ArticleAnalyzerBenchmark {
    private Engine engine;
    private Article article;

    @Setup
    public void load() {
        engine = Engine.create(EngineConfig.defaults().withThreads(1));
        article = new Article(
                "bench",
                BenchInputs.PAGE_URL,
                "The Velmora Courier",
                "Floods force thousands from homes in Tarn valley",
                List.of("Mara Lind"),
                Optional.of(new PublishedDate(BenchInputs.PUBLISHED, DateSource.SUPPLIED)),
                "en",
                BenchInputs.articleText());
    }

    @Benchmark
    public AnalyzedArticle analyze() {
        return engine.analyze(article);
    }
}
