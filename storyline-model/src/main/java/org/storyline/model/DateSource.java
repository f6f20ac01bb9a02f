package org.storyline.model;

/** Where a publication date came from, most trusted first. */
public enum DateSource {
    /** Given by the user, e.g. in a {@code --manifest} file or a feed item. */
    SUPPLIED,
    JSON_LD,
    META_TAG,
    TIME_ELEMENT,
    URL,
    /** Found in the visible text, e.g. a dateline or "Published 3 December 2016". */
    TEXT
}
