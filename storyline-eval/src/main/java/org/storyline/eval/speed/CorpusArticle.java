package org.storyline.eval.speed;

import java.util.Objects;
import org.storyline.model.Article;

/**
 * An article of a speed corpus with the size both measured systems are credited with.
 *
 * @param article the article as Storyline reads it
 * @param tokens its tokens in the benchmark's own tokenization (so every system's tokens/s counts the same)
 */
public record CorpusArticle(Article article, int tokens) {
    public CorpusArticle {
        Objects.requireNonNull(article, "article");
        if (tokens < 0) {
            throw new IllegalArgumentException("expected a non-negative token count, found " + tokens);
        }
    }
}
