package org.storyline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression with its normalized value.
 *
 * @param span the expression, e.g. "on Thursday" minus the preposition: "Thursday"
 * @param text the covered text
 * @param type the TimeML type
 * @param value the TimeML/ISO-8601 value: "2016-08-18", "2016-W33", "2016-09", "2015", "P3D", "PAST_REF",
 *     "2016-11-30TEV"
 * @param granularity how precise the value is
 * @param anchor what the value was resolved against
 */
public record DateMention(Span span, String text, TimexType type, String value, Granularity granularity, Anchor anchor)
        implements Mention {
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The day this expression names, when it names exactly one (a DATE or TIME value of form YYYY-MM-DD...). */
    public Optional<LocalDate> day() {
        if ((type == TimexType.DATE || type == TimexType.TIME) && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
