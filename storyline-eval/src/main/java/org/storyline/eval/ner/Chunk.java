package org.storyline.eval.ner;

import java.util.Objects;

/**
 * An entity as conlleval sees it: a run of tokens {@code [start, end)} of one sentence, with its type.
 *
 * @param start index of the first token
 * @param end index after the last token
 * @param type the entity type ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC})
 */
public record Chunk(int start, int end, String type) {
    public Chunk {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("expected 0 <= start < end, found [" + start + ", " + end + ")");
        }
    }
}
