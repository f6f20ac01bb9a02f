package org.storyline.model;

/** Something found in an article's text: an entity, a date, a figure or a quote. */
public sealed interface Mention permits EntityMention, DateMention, Figure, Quote {
    /** Where the whole mention is in {@link Article#text()}. */
    Span span();
}
