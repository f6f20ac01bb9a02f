package org.storyline.eval.time;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * A TIMEX3 in a document's text: gold or found by a system.
 *
 * @param span where it is in the document text
 * @param text the covered text
 * @param type the TimeML type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET})
 * @param value the TimeML value ({@code 2013-03-22}, {@code P1M}, {@code PRESENT_REF}), or empty
 */
public record Timex(Span span, String text, String type, String value) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
