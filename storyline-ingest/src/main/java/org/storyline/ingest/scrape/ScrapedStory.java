package org.storyline.ingest.scrape;

import java.util.List;
import java.util.Objects;

/**
 * One story found in a plain-text scrape.
 *
 * @param title its headline, or empty when the scrape has none
 * @param paragraphs its body paragraphs, none blank
 */
public record ScrapedStory(String title, List<String> paragraphs) {
    public ScrapedStory {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        for (String p : paragraphs) {
            if (p.isBlank()) {
                throw new IllegalArgumentException("expected non-blank paragraphs, found a blank one");
            }
        }
    }

    /** The body: paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
