package org.storyline.model;

/** How precise a normalized time value is. */
public enum Granularity {
    TIME,
    DAY,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY,
    /** A vague reference ("recently", "the past", "now") with a TimeML value such as PAST_REF. */
    VAGUE
}
