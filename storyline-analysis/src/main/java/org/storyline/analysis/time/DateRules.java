package org.storyline.analysis.time;

import static org.storyline.analysis.time.TimeWords.DAY_OF_MONTH;
import static org.storyline.analysis.time.TimeWords.MONTH_ANY;
import static org.storyline.analysis.time.TimeWords.MONTH_FULL;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * Calendar dates: "2016-08-18", "18 August 2016", "Aug. 18, 2016", "August 18", "September 2015",
 * "December", "early 2011", "2011", "the 1990s", "the 20th century", "summer 2015", "the third quarter".
 * A month or month-day without a year takes its year from the publication date and the tense (see
 * {@link CalendarMath}).
 */
final class DateRules {

    /** Modifiers kept inside the expression; TimeML would put them in a {@code mod} attribute. */
    static final String MOD = "(?<mod>(?i:early|late|mid|the end of|the beginning of|the start of|the middle of"
            + "|the first half of|the second half of|end of|beginning of|start of|middle of))";

    private static final String NOT_AFTER_WORD = "(?<![\\w$\u20AC\u00A3#.,'/-])";

    /** Words before a bare month that show it is a date ("in May"), not a verb or a name ("Theresa May"). */
    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in",
            "since",
            "by",
            "until",
            "till",
            "of",
            "during",
            "from",
            "through",
            "to",
            "before",
            "after",
            "early",
            "late",
            "mid",
            "and",
            "or",
            "between",
            "last",
            "next",
            "this",
            "that",
            "each",
            "every",
            "on",
            "for",
            "around",
            "throughout",
            "end",
            "beginning",
            "start",
            "middle",
            "as",
            "into",
            "the");

    /** Months that are also common words or names, so need a preposition in front. */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("May", "March", "June", "August");

    /** Words before a year that show it modifies a noun ("the 2016 elections") rather than counts it. */
    private static final Set<String> DETERMINERS =
            Set.of("the", "its", "his", "her", "their", "our", "a", "an", "this", "that");

    /** Plural-looking words after a number that are verbs or function words, not counted things. */
    private static final Set<String> NOT_COUNTED = Set.of(
            "was", "is", "has", "as", "its", "this", "his", "does", "says", "sees", "plus", "thus", "versus", "vs");

    private DateRules() {}

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of(
                        "iso-date", "(?<![\\w-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d-])", DateRules::isoDate),
                TimexRule.of(
                        "day-month-year",
                        "(?<!\\w)(?<d>" + DAY_OF_MONTH + ")(?: of)? (?<m>" + MONTH_ANY + "),? (?<y>\\d{4})(?!\\d)",
                        DateRules::fullDate),
                TimexRule.of(
                        "month-day-year",
                        "(?<!\\w)(?<m>" + MONTH_ANY + ") (?<d>" + DAY_OF_MONTH + "),? (?<y>\\d{4})(?!\\d)",
                        DateRules::fullDate),
                TimexRule.of(
                        "month-day",
                        "(?<!\\w)(?<m>" + MONTH_ANY + ") (?<d>" + DAY_OF_MONTH + ")(?!\\w|[.,:]\\d)",
                        DateRules::monthDay),
                TimexRule.of(
                        "day-month",
                        "(?<!\\w)(?<d>" + DAY_OF_MONTH + ")(?: of)? (?<m>" + MONTH_ANY + ")(?!\\w)",
                        DateRules::monthDay),
                TimexRule.of(
                        "month-year",
                        "(?<!\\w)(?:" + MOD + "[ -])?(?<m>" + MONTH_ANY + "),? (?:of )?(?<y>\\d{4})(?!\\d)",
                        DateRules::monthYear),
                TimexRule.of("month", "(?<!\\w)(?:" + MOD + "[ -])?(?<m>" + MONTH_FULL + ")(?!\\w)", DateRules::month),
                TimexRule.of(
                        "year",
                        NOT_AFTER_WORD + "(?:" + MOD + "[ -](?:of )?)?(?<y>1[6-9]\\d{2}|20\\d{2})(?![\\w%]|[.,]\\d)",
                        DateRules::year),
                TimexRule.of(
                        "decade",
                        "(?<!\\w)(?i:the )?(?:(?<mod>(?i:early|late|mid))[ -])?(?<y>1[5-9]\\d0|20\\d0)'?s(?!\\w)",
                        DateRules::decade),
                TimexRule.of(
                        "short-decade",
                        "(?<!\\w)(?i:the )?(?:(?<mod>(?i:early|late|mid))[ -])?['\u2019](?<y>\\d0)s(?!\\w)",
                        DateRules::shortDecade),
                TimexRule.of(
                        "century",
                        "(?<!\\w)(?i:the )?(?<n>\\d{1,2})(?:st|nd|rd|th)[ -](?i:century)(?!\\w)",
                        DateRules::century),
                TimexRule.of(
                        "season-year",
                        "(?<!\\w)(?:(?i:the )?(?<s>(?i:spring|summer|autumn|fall|winter)))(?: of)? (?<y>\\d{4})(?!\\d)",
                        DateRules::seasonYear),
                TimexRule.of(
                        "quarter",
                        "(?<!\\w)(?i:the )?(?<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th)) (?i:quarter)"
                                + "(?:(?: of)? (?<y>\\d{4}))?(?!\\w)",
                        DateRules::quarter));
    }

    private static Optional<Timex> isoDate(Matcher m, TimexContext c) {
        return CalendarMath.date(
                        Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")))
                .map(d -> TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, CalendarMath.day(d)));
    }

    private static Optional<Timex> fullDate(Matcher m, TimexContext c) {
        return CalendarMath.date(
                        Integer.parseInt(m.group("y")),
                        TimeWords.month(m.group("m")),
                        TimeWords.dayOfMonth(m.group("d")))
                .map(d -> TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, CalendarMath.day(d)));
    }

    private static Optional<Timex> monthDay(Matcher m, TimexContext c) {
        int month = TimeWords.month(m.group("m"));
        int day = TimeWords.dayOfMonth(m.group("d"));
        if (CalendarMath.date(2016, month, day).isEmpty()) {
            return Optional.empty();
        }
        Span span = TimexContext.spanOf(m);
        Tense tense = c.tenseAt(span);
        if (c.anchor().isPresent()) {
            Optional<LocalDate> date = CalendarMath.dateOfMonthDay(c.anchor().get(), month, day, tense);
            if (date.isEmpty()) {
                return Optional.empty();
            }
        }
        String placeholder = String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        return Optional.of(c.relative(
                span,
                TimexType.DATE,
                anchor -> CalendarMath.day(
                        CalendarMath.dateOfMonthDay(anchor, month, day, tense).orElseThrow()),
                placeholder));
    }

    private static Optional<Timex> monthYear(Matcher m, TimexContext c) {
        YearMonth month = YearMonth.of(Integer.parseInt(m.group("y")), TimeWords.month(m.group("m")));
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, CalendarMath.month(month)));
    }

    private static Optional<Timex> month(Matcher m, TimexContext c) {
        String name = m.group("m");
        String before = c.wordBefore(m.start()).toLowerCase(Locale.ROOT);
        boolean dateContext = m.group("mod") != null || MONTH_CONTEXT.contains(before);
        if (!dateContext && (AMBIGUOUS_MONTHS.contains(name) || startsWithCapital(c.wordBefore(m.start())))) {
            return Optional.empty();
        }
        int month = TimeWords.month(name);
        Span span = TimexContext.spanOf(m);
        Tense tense = c.tenseAt(span);
        return Optional.of(c.relative(
                span,
                TimexType.DATE,
                anchor -> CalendarMath.month(YearMonth.of(CalendarMath.yearOfMonth(anchor, month, tense), month)),
                String.format(Locale.ROOT, "XXXX-%02d", month)));
    }

    private static Optional<Timex> year(Matcher m, TimexContext c) {
        String before = c.wordBefore(m.start()).toLowerCase(Locale.ROOT);
        String after = c.wordAfter(m.end());
        boolean countsSomething = !after.isEmpty()
                && Character.isLowerCase(after.charAt(0))
                && (after.endsWith("s") && !NOT_COUNTED.contains(after)
                        || Set.of("people", "men", "women", "children", "police")
                                .contains(after));
        if (m.group("mod") == null && countsSomething && !DETERMINERS.contains(before)) {
            return Optional.empty();
        }
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, m.group("y")));
    }

    private static Optional<Timex> decade(Matcher m, TimexContext c) {
        return Optional.of(TimexContext.absolute(
                TimexContext.spanOf(m), TimexType.DATE, m.group("y").substring(0, 3)));
    }

    private static Optional<Timex> shortDecade(Matcher m, TimexContext c) {
        int tens = m.group("y").charAt(0) - '0';
        // '20s to '90s: 1920s-1990s; '00s and '10s: this century
        String value = (tens >= 2 ? "19" : "20") + tens;
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, value));
    }

    private static Optional<Timex> century(Matcher m, TimexContext c) {
        int n = Integer.parseInt(m.group("n"));
        if (n < 1 || n > 21) {
            return Optional.empty();
        }
        String value = String.format(Locale.ROOT, "%02d", n - 1);
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, value));
    }

    private static Optional<Timex> seasonYear(Matcher m, TimexContext c) {
        String value = m.group("y") + "-" + TimeWords.season(m.group("s"));
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, value));
    }

    private static Optional<Timex> quarter(Matcher m, TimexContext c) {
        OptionalInt q = TimeWords.ordinal(m.group("q"));
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Span span = TimexContext.spanOf(m);
        if (m.group("y") != null) {
            return Optional.of(TimexContext.absolute(span, TimexType.DATE, m.group("y") + "-Q" + q.getAsInt()));
        }
        return Optional.of(c.relative(
                span,
                TimexType.DATE,
                anchor -> CalendarMath.year(anchor.getYear()) + "-Q" + q.getAsInt(),
                "XXXX-Q" + q.getAsInt()));
    }

    private static boolean startsWithCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
