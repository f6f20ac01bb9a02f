package org.storyline.model;

/** How a figure is hedged in the text. */
public enum Qualifier {
    /** No hedge: "46 people". */
    EXACT,
    /** "more than", "over", "upwards of". */
    MORE_THAN,
    /** "at least", "no fewer than". */
    AT_LEAST,
    /** "less than", "fewer than", "under". */
    LESS_THAN,
    /** "at most", "no more than". */
    AT_MOST,
    /** "up to". */
    UP_TO,
    /** "some", "about", "around", "roughly", "an estimated", "nearly", "almost". */
    ABOUT
}
