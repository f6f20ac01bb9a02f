package org.storyline.ingest.scrape;

import java.util.Objects;

/**
 * A kept line of a scrape with what surrounded it.
 *
 * @param text the stripped, non-blank text
 * @param blankBefore true if a blank line (or removed boilerplate) separates it from the previous kept line
 * @param afterRemoved true if boilerplate was removed right before it
 */
record ScrapeLine(String text, boolean blankBefore, boolean afterRemoved) {
    ScrapeLine {
        Objects.requireNonNull(text, "text");
    }

    int words() {
        return BoilerplateFilter.wordCount(text);
    }

    boolean endsSentence() {
        return text.matches("(?s).*[.!?:;][\"'”’)\\]]*$");
    }
}
