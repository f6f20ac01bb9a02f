package org.storyline.model;

/** The TimeML / TempEval-3 type of a time expression. */
public enum TimexType {
    DATE,
    TIME,
    DURATION,
    SET
}
