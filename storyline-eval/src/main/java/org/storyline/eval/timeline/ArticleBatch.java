package org.storyline.eval.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.analysis.Engine;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;

/**
 * Analyzes a benchmark's articles with the {@link Engine}, one task per article, so that an article the product
 * fails on is left out and named instead of ending the whole run ({@link Engine#analyzeAll} stops at the first
 * failure). The order of the articles is kept.
 *
 * @param analyzed the articles analyzed
 * @param failures one line per article that failed: its id and the exception
 */
public record ArticleBatch(List<AnalyzedArticle> analyzed, List<String> failures) {
    public ArticleBatch {
        analyzed = List.copyOf(analyzed);
        failures = List.copyOf(failures);
    }

    public static ArticleBatch analyze(Engine engine, List<Article> articles) {
        ExecutorService pool = Executors.newFixedThreadPool(engine.config().threads());
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> engine.analyze(a)));
            }
            List<AnalyzedArticle> analyzed = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    analyzed.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(articles.get(i).id() + ": " + e.getCause());
                }
            }
            return new ArticleBatch(analyzed, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analyzing articles", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
