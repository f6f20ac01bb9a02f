package org.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as reported, with every article that reports it and the claims about the same measure that
 * give a different number.
 *
 * @param id stable within a brief ("c1")
 * @param value the number
 * @param unit the unit, or empty for counts
 * @param what what is counted ("civilian")
 * @param event what happened to them ("flee"), or empty
 * @param qualifier the hedge
 * @param timeFrame the time frame phrase, or empty
 * @param date the day it refers to or was reported on, if known
 * @param text the figure as written in its first evidence ("more than 50,000 people")
 * @param evidence every sentence that reports it, sorted
 * @param differsFrom ids of claims about the same measure with a different value, sorted
 */
public record Claim(
        String id,
        double value,
        String unit,
        String what,
        String event,
        Qualifier qualifier,
        String timeFrame,
        Optional<LocalDate> date,
        String text,
        List<Evidence> evidence,
        List<String> differsFrom) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
        differsFrom = List.copyOf(differsFrom);
    }
}
