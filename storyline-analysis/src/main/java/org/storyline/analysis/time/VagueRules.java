package org.storyline.analysis.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * Vague references and clock times: "now", "currently", "these days" (PRESENT_REF), "the past", "at the
 * time" (PAST_REF), "the future" (FUTURE_REF), "8 p.m.", "15:00 GMT", "noon". "Recently" is not a
 * TimeML expression and is left alone. Clock times take the publication day.
 */
final class VagueRules {

    /** A weekday after a clock time ("15:00 GMT Saturday", "noon on Friday") gives the time its day. */
    private static final String ON_WEEKDAY = "(?: (?:on )?(?<wd>" + TimeWords.WEEKDAY + "))?";

    private VagueRules() {}

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of(
                        "present",
                        "(?<![\\w-])(?i:now|currently|right now|at present|presently|nowadays|these days|at the moment"
                                + "|the present|present-day)(?![\\w-])",
                        (m, c) -> ref(m, "PRESENT_REF")),
                TimexRule.of("past", "(?<![\\w-])(?i:the past|at the time|in the past)(?![\\w-])", VagueRules::past),
                TimexRule.of(
                        "future",
                        "(?<![\\w-])(?i:the future|the near future|the foreseeable future)(?![\\w-])",
                        (m, c) -> ref(m, "FUTURE_REF")),
                TimexRule.of(
                        "clock",
                        "(?<![\\w:.])(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))? ?(?<ap>(?i:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm))"
                                + "(?![\\w])(?: (?<z>GMT|UTC|local time))?" + ON_WEEKDAY,
                        VagueRules::clock),
                TimexRule.of(
                        "clock-24",
                        "(?<![\\w:.])(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?![\\d:])(?: (?<z>GMT|UTC|local time))?"
                                + ON_WEEKDAY,
                        VagueRules::clock),
                TimexRule.of("noon", "(?<!\\w)(?<w>(?i:noon|midday|midnight))(?!\\w)" + ON_WEEKDAY, VagueRules::noon));
    }

    private static Optional<Timex> ref(Matcher m, String value) {
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, value));
    }

    private static Optional<Timex> past(Matcher m, TimexContext c) {
        Span whole = TimexContext.spanOf(m);
        // "in the past": TimeML tags "the past" only
        Span span =
                m.group().toLowerCase(Locale.ROOT).startsWith("in ") ? new Span(whole.start() + 3, whole.end()) : whole;
        return Optional.of(TimexContext.absolute(span, TimexType.DATE, "PAST_REF"));
    }

    private static Optional<Timex> clock(Matcher m, TimexContext c) {
        int hour = Integer.parseInt(m.group("h"));
        int minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
        String ampm = m.pattern().pattern().contains("(?<ap>") && m.group("ap") != null
                ? m.group("ap").toLowerCase(Locale.ROOT)
                : "";
        if (!ampm.isEmpty()) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = ampm.startsWith("p") ? (hour % 12) + 12 : hour % 12;
        }
        return Optional.of(timeOfDay(m, c, String.format(Locale.ROOT, "T%02d:%02d", hour, minute)));
    }

    private static Optional<Timex> noon(Matcher m, TimexContext c) {
        String time = m.group("w").toLowerCase(Locale.ROOT).equals("midnight") ? "T24:00" : "T12:00";
        return Optional.of(timeOfDay(m, c, time));
    }

    /** A clock time on the publication day, or on the weekday named after it. */
    private static Timex timeOfDay(Matcher m, TimexContext c, String time) {
        Span span = TimexContext.spanOf(m);
        if (m.group("wd") == null) {
            return c.relative(span, TimexType.TIME, d -> CalendarMath.day(d) + time, "XXXX-XX-XX" + time);
        }
        DayOfWeek day = TimeWords.weekday(m.group("wd"));
        Tense tense = c.tenseAt(span);
        return c.relative(
                span,
                TimexType.TIME,
                d -> CalendarMath.day(CalendarMath.weekday(d, day, tense)) + time,
                "XXXX-WXX-" + day.getValue() + time);
    }
}
