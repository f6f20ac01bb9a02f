package org.storyline.ingest.extract;

import java.util.Objects;

/**
 * One paragraph-like run of text from the page.
 *
 * @param text the text, whitespace collapsed, not blank
 * @param linkChars how many of its characters sit inside links
 * @param tag the block element it came from ("p", "h2", "li"...)
 */
record TextBlock(String text, int linkChars, String tag) {
    TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        if (text.isBlank()) {
            throw new IllegalArgumentException("expected a non-blank block text, found '" + text + "'");
        }
    }

    double linkDensity() {
        return Math.min(1.0, linkChars / (double) text.length());
    }

    boolean heading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
