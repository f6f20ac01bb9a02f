package org.storyline.eval.timeline;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Article;

/**
 * One timeline-summarization topic: its input articles (each with its publication day) and every reference
 * timeline of the topic.
 */
public record TlsTopic(String name, List<Article> articles, List<Timeline> references) {
    public TlsTopic {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
        references = List.copyOf(references);
    }
}
