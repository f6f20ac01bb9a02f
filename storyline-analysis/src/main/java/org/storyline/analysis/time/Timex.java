package org.storyline.analysis.time;

import java.util.Objects;
import org.storyline.model.Anchor;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * What one rule made of one match: the expression's span, its TimeML type and value, and what the value
 * was resolved against. The granularity follows from the value (see {@link Granularities}).
 */
record Timex(Span span, TimexType type, String value, Anchor anchor) {
    Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(anchor, "anchor");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("expected a TimeML value, found an empty string for " + span);
        }
    }
}
