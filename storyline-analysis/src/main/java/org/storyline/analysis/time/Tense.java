package org.storyline.analysis.time;

/** The time orientation of the clause around an expression, as far as cheap clues tell. */
enum Tense {
    PAST,
    FUTURE,
    /** No clue found. */
    UNKNOWN
}
