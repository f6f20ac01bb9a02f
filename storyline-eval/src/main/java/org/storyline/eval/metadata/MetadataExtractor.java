package org.storyline.eval.metadata;

/** A system that reads title, authors and publication day from a page's HTML. Implementations are thread-safe. */
public interface MetadataExtractor {
    /** The system's name in reports, lower case. */
    String name();

    /** What the system found; never throws on bad HTML. */
    PageMetadata extract(String html, String url);
}
