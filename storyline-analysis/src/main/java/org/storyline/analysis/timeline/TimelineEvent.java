package org.storyline.analysis.timeline;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.storyline.analysis.summary.SentenceUnit;
import org.storyline.model.Evidence;
import org.storyline.model.TimelineEntry;

/**
 * One event: every sentence reporting it, the one shown, and how much it matters.
 *
 * @param date when it happened
 * @param members every sentence reporting it, in story order
 * @param shown the sentence whose text describes it
 * @param articles how many independent (non-duplicate) articles report it
 * @param score how much it matters (see {@link EventMerger})
 */
record TimelineEvent(EventDate date, List<SentenceUnit> members, SentenceUnit shown, int articles, double score) {

    TimelineEvent {
        Objects.requireNonNull(date, "date");
        members = List.copyOf(members);
        Objects.requireNonNull(shown, "shown");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one sentence");
        }
    }

    TimelineEntry toEntry() {
        TreeSet<Evidence> evidence = new TreeSet<>();
        members.forEach(u -> evidence.add(u.evidence()));
        return new TimelineEntry(date.date(), date.granularity(), shown.text(), List.copyOf(evidence));
    }
}
