package org.storyline.eval.extraction;

/** A system that takes a page's HTML and returns its article body as plain text. Implementations are thread-safe. */
public interface BodyExtractor {
    /** The system's name in reports, lower case ({@code storyline}, {@code readability4j}). */
    String name();

    /** The article body, or {@code ""} when the system found none; never throws on bad HTML. */
    String body(String html, String url);
}
