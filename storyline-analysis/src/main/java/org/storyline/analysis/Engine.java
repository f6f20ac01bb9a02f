package org.storyline.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
    private final Function<Article, AnalyzedArticle> analyzer;
    private final BriefComposer composer;

    /** For tests that need a per-article stage of their own; everyone else uses {@link #create}. */
    Engine(EngineConfig config, Function<Article, AnalyzedArticle> analyzer, BriefComposer composer) {
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
        return new Engine(config, analyzer::analyze, new BriefComposer(config.summarySentences()));
    }

    public EngineConfig config() {
        return config;
    }

    /** Per-article analysis of one article. */
    public AnalyzedArticle analyze(Article article) {
        return analyzer.apply(article);
    }

    /**
     * Per-article analysis of many articles on {@link EngineConfig#threads()} threads; order is kept. An
     * article whose analysis fails is left out; use {@link #analyzeEach} to learn which and why.
     */
    public List<AnalyzedArticle> analyzeAll(List<Article> articles, Progress progress) {
        return analyzeEach(articles, progress).stream()
                .flatMap(outcome -> outcome.analyzed().stream())
                .toList();
    }

    /**
     * Per-article analysis of many articles, one outcome per article in input order. A failure inside one
     * article's analysis (a bug met on unusual text) becomes an {@code ANALYZE_FAILED} diagnostic for that
     * article, so that one article cannot sink a batch of thousands.
     */
    public List<AnalysisOutcome> analyzeEach(List<Article> articles, Progress progress) {
        if (config.threads() == 1 || articles.size() < 2) {
            List<AnalysisOutcome> outcomes = new ArrayList<>(articles.size());
            for (Article article : articles) {
                outcomes.add(analyzeSafely(article));
                progress.advanced("analyze", outcomes.size(), articles.size());
            }
            return List.copyOf(outcomes);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), articles.size()));
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<AnalysisOutcome>> futures = new ArrayList<>(articles.size());
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    AnalysisOutcome result = analyzeSafely(article);
                    progress.advanced("analyze", done.incrementAndGet(), articles.size());
                    return result;
                }));
            }
            List<AnalysisOutcome> outcomes = new ArrayList<>(articles.size());
            for (Future<AnalysisOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return List.copyOf(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis of an article failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private AnalysisOutcome analyzeSafely(Article article) {
        try {
            return AnalysisOutcome.of(analyzer.apply(article));
        } catch (RuntimeException e) {
            return AnalysisOutcome.failed(Diagnostic.error(
                    "ANALYZE_FAILED",
                    "analysis failed and the article was left out (" + e
                            + "); please report it with this article attached",
                    article.url()));
        }
    }

    /** The whole job: analyze every article, then group and compose the brief. */
    public Brief brief(List<Article> articles, List<Diagnostic> inputDiagnostics, Progress progress) {
        List<AnalysisOutcome> outcomes = analyzeEach(articles, progress);
        List<AnalyzedArticle> analyzed = new ArrayList<>(outcomes.size());
        List<Diagnostic> diagnostics = new ArrayList<>(inputDiagnostics);
        for (AnalysisOutcome outcome : outcomes) {
            outcome.analyzed().ifPresent(analyzed::add);
            outcome.failure().ifPresent(diagnostics::add);
        }
        progress.advanced("compose", 0, 1);
        Brief brief = composer.compose(analyzed, diagnostics);
        progress.advanced("compose", 1, 1);
        return brief;
    }
}
