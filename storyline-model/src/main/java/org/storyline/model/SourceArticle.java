package org.storyline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An article as listed among a brief's sources.
 *
 * @param article the article
 * @param duplicateOf the id of the article this one is a near-duplicate or syndicated copy of, if any
 */
public record SourceArticle(Article article, Optional<String> duplicateOf) {
    public SourceArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
