package org.storyline.cli.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.storyline.model.Granularity;

/** Dates as shown to readers, no more precise than they are known. */
final class DateLabels {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    private DateLabels() {}

    /** {@code date} (the first day of its period) written at {@code granularity}: "2016-08", "2016-Q3". */
    static String of(LocalDate date, Granularity granularity) {
        return switch (granularity) {
            case TIME, DAY -> date.toString();
            case WEEK -> "week of " + date;
            case MONTH -> date.format(MONTH);
            case SEASON -> "season from " + date.format(MONTH);
            case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(date.getYear());
            case DECADE -> (date.getYear() / 10 * 10) + "s";
            case CENTURY -> (date.getYear() / 100 * 100) + "s";
            case VAGUE -> "around " + date;
        };
    }
}
