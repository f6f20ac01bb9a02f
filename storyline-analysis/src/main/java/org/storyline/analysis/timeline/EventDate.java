package org.storyline.analysis.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.storyline.model.Granularity;

/**
 * The day an event happened, or the first day of its month or year when only that is known.
 *
 * @param date the day, or the first day of the period
 * @param granularity DAY, MONTH or YEAR
 */
record EventDate(LocalDate date, Granularity granularity) implements Comparable<EventDate> {

    private static final Comparator<EventDate> ORDER =
            Comparator.comparing(EventDate::date).thenComparing(EventDate::granularity);

    EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(granularity, "granularity");
        if (granularity != Granularity.DAY && granularity != Granularity.MONTH && granularity != Granularity.YEAR) {
            throw new IllegalArgumentException("expected DAY, MONTH or YEAR, found " + granularity);
        }
    }

    /** The last day of the period this date stands for. */
    LocalDate lastDay() {
        return switch (granularity) {
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            default -> date;
        };
    }

    /** Whether {@code finer} is a more precise date inside this period. */
    boolean covers(EventDate finer) {
        return finer.granularity.compareTo(granularity) < 0
                && !finer.date.isBefore(date)
                && !finer.date.isAfter(lastDay());
    }

    /** How much a date of this precision is worth: a day says more than a month, a month more than a year. */
    double weight() {
        return switch (granularity) {
            case MONTH -> 0.5;
            case YEAR -> 0.3;
            default -> 1.0;
        };
    }

    /** Oldest first; at the same first day, finer first. */
    @Override
    public int compareTo(EventDate other) {
        return ORDER.compare(this, other);
    }
}
