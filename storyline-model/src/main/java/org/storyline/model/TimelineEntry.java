package org.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dated event of a story.
 *
 * @param date the day (for coarser dates, the first day of the period)
 * @param granularity how precise {@code date} is (DAY, MONTH, YEAR...)
 * @param text the sentence that describes the event
 * @param evidence every sentence that reports it
 */
public record TimelineEntry(LocalDate date, Granularity granularity, String text, List<Evidence> evidence) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
    }
}
