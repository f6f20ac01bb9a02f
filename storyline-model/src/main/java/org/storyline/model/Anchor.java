package org.storyline.model;

/** What a time expression's value was resolved against. */
public enum Anchor {
    /** The expression names its value by itself ("18 August 2016"). */
    ABSOLUTE,
    /** Resolved against the article's publication date ("on Thursday", "last week"). */
    PUBLICATION_DATE,
    /** Relative, but no anchor was known; {@code value} holds what could be said (e.g. "XXXX-08-18"). */
    UNRESOLVED
}
