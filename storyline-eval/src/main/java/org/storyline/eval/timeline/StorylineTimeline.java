package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.analysis.story.DuplicateDetector;
import org.storyline.analysis.timeline.TimelineBuilder;
import org.storyline.model.TimelineEntry;

/**
 * Storyline's {@link TimelineBuilder} with the reference's budget, after {@link DuplicateDetector} over the input.
 * Like news-tls's systems, only days inside the input window are shown: the builder is asked for its best {@code
 * m} dates, and {@code m} grows by the number of window days still missing until the budget is met or the builder
 * has no more dates (its choice is nested: the best {@code m + 1} dates hold the best {@code m}).
 */
public final class StorylineTimeline implements TimelineSystem {
    /** How many times the request may grow; the builder rarely needs more than a few. */
    static final int MAX_ROUNDS = 12;

    private final TimelineBuilder builder = new TimelineBuilder();
    private final DuplicateDetector duplicates = new DuplicateDetector();

    @Override
    public Timeline predict(TlsInput input) {
        SortedMap<String, String> copies = duplicates.findDuplicates(input.articles());
        int asked = input.maxDates();
        SortedMap<LocalDate, List<String>> days = new TreeMap<>();
        for (int round = 0; round < MAX_ROUNDS && input.maxDates() > 0; round++) {
            List<TimelineEntry> entries = builder.build(input.articles(), copies, asked, input.sentencesPerDate());
            days = inWindow(entries, input);
            long dates = entries.stream().map(TimelineEntry::date).distinct().count();
            if (days.size() >= input.maxDates() || dates < asked) {
                break;
            }
            asked += input.maxDates() - days.size();
        }
        return new Timeline("storyline", days);
    }

    private static SortedMap<LocalDate, List<String>> inWindow(List<TimelineEntry> entries, TlsInput input) {
        SortedMap<LocalDate, List<String>> days = new TreeMap<>();
        for (TimelineEntry e : entries) {
            if (input.inWindow(e.date())) {
                days.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e.text());
            }
        }
        return days;
    }
}
