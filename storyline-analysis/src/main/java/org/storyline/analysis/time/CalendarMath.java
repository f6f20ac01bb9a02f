package org.storyline.analysis.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * Calendar arithmetic for resolving relative expressions, and TimeML value formatting. Pure functions.
 *
 * <p>Direction rules: a weekday, month or month-day without a year means the nearest such date on or
 * before the anchor in a past-tense (or clue-less, for weekdays) clause, and the nearest on or after it
 * in a future-tense clause; a clue-less month or month-day takes the nearest in either direction,
 * the past winning ties.
 */
final class CalendarMath {

    private CalendarMath() {}

    static String day(LocalDate date) {
        return date.toString();
    }

    /** The ISO week, e.g. "2016-W33". */
    static String week(LocalDate date) {
        return String.format(
                Locale.ROOT,
                "%04d-W%02d",
                date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(YearMonth month) {
        return month.toString();
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    /** {@code day} in a clause of the given tense: on or before the anchor unless the tense is future. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek day, Tense tense) {
        return tense == Tense.FUTURE
                ? anchor.with(TemporalAdjusters.nextOrSame(day))
                : anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "last Friday": strictly before the anchor. */
    static LocalDate previousWeekday(LocalDate anchor, DayOfWeek day) {
        return anchor.with(TemporalAdjusters.previous(day));
    }

    /** "next Friday": strictly after the anchor. */
    static LocalDate nextWeekday(LocalDate anchor, DayOfWeek day) {
        return anchor.with(TemporalAdjusters.next(day));
    }

    /** "this Friday": the given day of the anchor's ISO week. */
    static LocalDate weekdayOfWeek(LocalDate anchor, DayOfWeek day) {
        return anchor.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
    }

    /** The year of a month named without one. */
    static int yearOfMonth(LocalDate anchor, int month, Tense tense) {
        YearMonth now = YearMonth.from(anchor);
        YearMonth same = YearMonth.of(anchor.getYear(), month);
        YearMonth past = same.isAfter(now) ? same.minusYears(1) : same;
        YearMonth future = same.isBefore(now) ? same.plusYears(1) : same;
        return switch (tense) {
            case PAST -> past.getYear();
            case FUTURE -> future.getYear();
            case UNKNOWN -> monthsBetween(past, now) <= monthsBetween(now, future) ? past.getYear() : future.getYear();
        };
    }

    /** The date of a month and day named without a year; empty for impossible dates (February 30). */
    static Optional<LocalDate> dateOfMonthDay(LocalDate anchor, int month, int day, Tense tense) {
        try {
            LocalDate same =
                    LocalDate.of(anchor.getYear(), month, Math.min(day, 28)).withDayOfMonth(day);
            LocalDate past = same.isAfter(anchor) ? shiftYears(same, -1) : same;
            LocalDate future = same.isBefore(anchor) ? shiftYears(same, 1) : same;
            return Optional.of(
                    switch (tense) {
                        case PAST -> past;
                        case FUTURE -> future;
                        case UNKNOWN -> anchor.toEpochDay() - past.toEpochDay()
                                        <= future.toEpochDay() - anchor.toEpochDay()
                                ? past
                                : future;
                    });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A valid date or empty. */
    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate shiftYears(LocalDate date, int years) {
        LocalDate shifted = date.plusYears(years);
        if (shifted.getDayOfMonth() != date.getDayOfMonth()) {
            throw new DateTimeException(
                    "no " + date.getMonth() + " " + date.getDayOfMonth() + " in " + shifted.getYear());
        }
        return shifted;
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
    }
}
