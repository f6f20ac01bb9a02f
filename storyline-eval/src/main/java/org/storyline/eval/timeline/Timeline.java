package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A timeline: per day, its summary sentences. Dates are sorted; each day has at least one sentence.
 *
 * @param name where it came from (a file name, or a system's name)
 * @param days the summary of each day
 */
public record Timeline(String name, SortedMap<LocalDate, List<String>> days) {
    public Timeline {
        SortedMap<LocalDate, List<String>> copy = new TreeMap<>();
        for (Map.Entry<LocalDate, List<String>> e : days.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalArgumentException("expected sentences for every day, found none on " + e.getKey());
            }
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        days = Collections.unmodifiableSortedMap(copy);
    }

    public List<LocalDate> dates() {
        return new ArrayList<>(days.keySet());
    }

    /**
     * The budget news-tls gives a system for this reference: its mean number of sentences per day, rounded half
     * to even as Python's {@code round} does.
     */
    public int sentencesPerDate() {
        if (days.isEmpty()) {
            return 0;
        }
        double total = days.values().stream().mapToInt(List::size).sum();
        return (int) Math.rint(total / days.size());
    }
}
