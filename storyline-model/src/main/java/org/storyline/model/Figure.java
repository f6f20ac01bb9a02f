package org.storyline.model;

import java.util.Objects;

/**
 * A reported quantity: "more than 50,000 people fled ... within the last three days".
 *
 * @param span the quantity phrase as written ("more than 50,000 people")
 * @param text the covered text
 * @param value the number (50000); for vague amounts the lower bound ("tens of thousands" = 10000)
 * @param unit the unit for measures ("%", "km", "USD", "troops" are not units); empty for counts
 * @param what the head noun of what is counted, singular lower case ("person", "civilian", "rebel"); empty
 *     when unknown
 * @param event the lemma of the verb or noun that says what happened to them ("flee", "kill", "displace",
 *     "injure"); empty when none
 * @param qualifier the hedge in front of the number
 * @param timeFrame the phrase bounding the count in time ("within the last three days"), or empty
 * @param vague true for "tens of thousands", "dozens", "hundreds of thousands"
 */
public record Figure(
        Span span,
        String text,
        double value,
        String unit,
        String what,
        String event,
        Qualifier qualifier,
        String timeFrame,
        boolean vague)
        implements Mention {
    public Figure {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(timeFrame, "timeFrame");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("figure value must be finite, found " + value);
        }
    }
}
