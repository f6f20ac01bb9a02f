package org.storyline.analysis.timeline;

import java.util.Objects;
import org.storyline.analysis.summary.SentenceUnit;

/**
 * A sentence reporting an event on a date.
 *
 * @param unit the sentence
 * @param date the date of the event it reports
 */
record DatedSentence(SentenceUnit unit, EventDate date) {
    DatedSentence {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(date, "date");
    }
}
