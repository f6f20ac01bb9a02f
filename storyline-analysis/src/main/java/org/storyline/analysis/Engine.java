package org.storyline.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyline.analysis.brief.BriefComposer;
import org.storyline.analysis.entity.EntityRecognizer;
import org.storyline.analysis.entity.NerModel;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;

/**
 * The one composition root: builds every stage once and runs articles through them. Creating an engine
 * loads the NER model (seconds); create one per JVM and share it. Thread-safe.
 */
public final class Engine {
    private final EngineConfig config;
    private final ArticleAnalyzer analyzer;
    private final BriefComposer composer;

    private Engine(EngineConfig config, ArticleAnalyzer analyzer, BriefComposer composer) {
        this.config = config;
        this.analyzer = analyzer;
        this.composer = composer;
    }

    /** Builds an engine, loading the NER model from the classpath. */
    public static Engine create(EngineConfig config) {
        Objects.requireNonNull(config, "config");
        return create(config, NerModel.load());
    }

    /** Builds an engine over an already loaded NER model (for sharing one model between engines). */
    public static Engine create(EngineConfig config, NerModel nerModel) {
        Objects.requireNonNull(config, "config");
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new EntityRecognizer(nerModel));
        return new Engine(config, analyzer, new BriefComposer(config.summarySentences()));
    }

    public EngineConfig config() {
        return config;
    }

    /** Per-article analysis of one article. */
    public AnalyzedArticle analyze(Article article) {
        return analyzer.analyze(article);
    }

    /** Per-article analysis of many articles on {@link EngineConfig#threads()} threads; order is kept. */
    public List<AnalyzedArticle> analyzeAll(List<Article> articles, Progress progress) {
        if (config.threads() == 1 || articles.size() < 2) {
            List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
            for (Article article : articles) {
                analyzed.add(analyzer.analyze(article));
                progress.advanced("analyze", analyzed.size(), articles.size());
            }
            return List.copyOf(analyzed);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), articles.size()));
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<AnalyzedArticle>> futures = new ArrayList<>(articles.size());
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    AnalyzedArticle result = analyzer.analyze(article);
                    progress.advanced("analyze", done.incrementAndGet(), articles.size());
                    return result;
                }));
            }
            List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
            for (Future<AnalyzedArticle> future : futures) {
                analyzed.add(future.get());
            }
            return List.copyOf(analyzed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis of an article failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The whole job: analyze every article, then group and compose the brief. */
    public Brief brief(List<Article> articles, List<Diagnostic> inputDiagnostics, Progress progress) {
        List<AnalyzedArticle> analyzed = analyzeAll(articles, progress);
        progress.advanced("compose", 0, 1);
        Brief brief = composer.compose(analyzed, inputDiagnostics);
        progress.advanced("compose", 1, 1);
        return brief;
    }
}
