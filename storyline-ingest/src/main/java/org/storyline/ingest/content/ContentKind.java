package org.storyline.ingest.content;

/** What a decoded input is, and therefore which reader handles it. */
public enum ContentKind {
    /** An HTML or XHTML page: goes to the article extractor. */
    HTML,
    /** An RSS or Atom feed, or something that claims to be one (a {@code .xml} file, an XML content type). */
    FEED,
    /** Plain text, such as a copied web page: goes to the scrape reader. */
    TEXT
}
