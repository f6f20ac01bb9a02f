package org.storyline.model;

import java.util.Objects;

/** Where in which article a statement of the brief comes from: usually a whole sentence. */
public record Evidence(String articleId, Span span) implements Comparable<Evidence> {
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public int compareTo(Evidence other) {
        int byArticle = articleId.compareTo(other.articleId);
        return byArticle != 0 ? byArticle : span.compareTo(other.span);
    }
}
