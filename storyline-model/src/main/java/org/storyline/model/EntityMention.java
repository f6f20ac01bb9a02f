package org.storyline.model;

import java.util.Objects;

/** A named entity as written in one article. {@code text} is the covered text. */
public record EntityMention(Span span, String text, EntityType type) implements Mention {
    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
