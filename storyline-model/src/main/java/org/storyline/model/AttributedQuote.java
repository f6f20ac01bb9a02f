package org.storyline.model;

import java.util.Objects;

/**
 * A quote as shown in a brief.
 *
 * @param speaker the speaker's canonical name, or empty when unknown
 * @param role the speaker's role where the text states it, or empty
 * @param text the quoted words
 * @param direct true for words in quotation marks
 * @param evidence where it was said: the article and the quote's span
 */
public record AttributedQuote(String speaker, String role, String text, boolean direct, Evidence evidence) {
    public AttributedQuote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
    }
}
