package org.storyline.model;

import java.util.Objects;

/**
 * A sentence of an article's text.
 *
 * @param index position among the article's sentences, from 0
 * @param span where it is in {@link Article#text()}, without surrounding whitespace
 * @param paragraph index of the paragraph it belongs to, from 0
 */
public record Sentence(int index, Span span, int paragraph) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException(
                    "expected non-negative index and paragraph, found " + index + ", " + paragraph);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
