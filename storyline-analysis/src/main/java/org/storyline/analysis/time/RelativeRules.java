package org.storyline.analysis.time;

import static org.storyline.analysis.time.TimeWords.AMOUNT;
import static org.storyline.analysis.time.TimeWords.MONTH_FULL;
import static org.storyline.analysis.time.TimeWords.PART_OF_DAY;
import static org.storyline.analysis.time.TimeWords.UNIT;
import static org.storyline.analysis.time.TimeWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.storyline.model.Anchor;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * Expressions that need the publication date: "today", "yesterday evening", "this morning", "last night",
 * "on Thursday", "Wednesday evening", "last Friday", "last week", "earlier this month", "next year",
 * "last July", "last summer", "two days ago", "a year ago". ("A year earlier" counts from the story's own time, not the
 * publication date: it stays a duration.) Without a publication date they get
 * TimeML placeholders ("XXXX-WXX-4", "XXXX-XX-XX") and {@link Anchor#UNRESOLVED}.
 */
final class RelativeRules {

    private static final String PERIOD_MOD = "(?<mod>(?i:earlier|later|early|late|mid|the end of|the beginning of"
            + "|the start of|the middle of|the rest of|the first half of|the second half of|end of|beginning of|start of))";

    private RelativeRules() {}

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of(
                        "deictic-day",
                        "(?<!\\w)(?<w>(?i:today|tonight|yesterday|tomorrow))(?: (?<p>" + PART_OF_DAY + "))?(?!\\w)",
                        RelativeRules::deicticDay),
                TimexRule.of(
                        "this-part-of-day",
                        "(?<!\\w)(?<rel>(?i:this|last|early this|late last|late this))"
                                + " (?<p>(?i:morning|afternoon|evening|night))(?!\\w)",
                        RelativeRules::thisPartOfDay),
                TimexRule.of(
                        "weekday",
                        "(?<!\\w)(?:(?<pre>(?i:last|next|this|early|late|coming|this past|past)) )?(?<wd>" + WEEKDAY
                                + ")" + "(?:,? (?<p>" + PART_OF_DAY + "))?(?!\\w)",
                        RelativeRules::weekday),
                TimexRule.of(
                        "relative-period",
                        "(?<!\\w)(?:" + PERIOD_MOD + "[ -](?:in )?)?(?<rel>(?i:this|last|next|the last|the previous"
                                + "|the next|the coming|the following|the current|this past|the past|past|current))"
                                + " (?<u>(?i:week|weekend|month|year|quarter|decade|century))(?!\\w)",
                        RelativeRules::relativePeriod),
                TimexRule.of(
                        "current-period",
                        "(?<!\\w)" + PERIOD_MOD + " (?:the )?(?<u>(?i:week|month|year))(?!\\w)",
                        RelativeRules::currentPeriod),
                TimexRule.of(
                        "relative-month",
                        "(?<!\\w)(?:(?<mod>(?i:early|late|mid|earlier|later))[ -])?(?<rel>(?i:last|next|this)) (?<m>"
                                + MONTH_FULL + ")(?!\\w)",
                        RelativeRules::relativeMonth),
                TimexRule.of(
                        "relative-season",
                        "(?<!\\w)(?:(?<mod>(?i:early|late|mid|earlier|later))[ -])?(?<rel>(?i:last|next|this))"
                                + " (?<s>(?i:spring|summer|autumn|fall|winter))(?!\\w)",
                        RelativeRules::relativeSeason),
                TimexRule.of(
                        "ago",
                        "(?<!\\w)(?:(?i:almost|nearly|about|around|roughly|some|more than|less than|over) )?" + "(?<n>"
                                + AMOUNT + ") (?<u>" + UNIT + ") (?i:ago)(?!\\w)",
                        RelativeRules::ago),
                TimexRule.of(
                        "vague-ago",
                        "(?<!\\w)(?i:(?:days|weeks|months|years|decades) ago)(?!\\w)",
                        (m, c) -> Optional.of(
                                TimexContext.absolute(TimexContext.spanOf(m), TimexType.DATE, "PAST_REF"))));
    }

    private static Optional<Timex> deicticDay(Matcher m, TimexContext c) {
        String word = m.group("w").toLowerCase(Locale.ROOT);
        long shift =
                switch (word) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
        Optional<String> part = word.equals("tonight")
                ? Optional.of("NI")
                : Optional.ofNullable(m.group("p")).map(TimeWords::partOfDay);
        Span span = TimexContext.spanOf(m);
        TimexType type = part.isPresent() ? TimexType.TIME : TimexType.DATE;
        String suffix = part.map(p -> "T" + p).orElse("");
        return Optional.of(
                c.relative(span, type, d -> CalendarMath.day(d.plusDays(shift)) + suffix, "XXXX-XX-XX" + suffix));
    }

    private static Optional<Timex> thisPartOfDay(Matcher m, TimexContext c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String part = TimeWords.partOfDay(m.group("p"));
        // "last night" is the night before the report; "last morning" is not said, so only night shifts
        long shift = rel.endsWith("last") && part.equals("NI") ? -1 : 0;
        if (rel.endsWith("last") && !part.equals("NI")) {
            return Optional.empty();
        }
        return Optional.of(c.relative(
                TimexContext.spanOf(m),
                TimexType.TIME,
                d -> CalendarMath.day(d.plusDays(shift)) + "T" + part,
                "XXXX-XX-XXT" + part));
    }

    private static Optional<Timex> weekday(Matcher m, TimexContext c) {
        DayOfWeek day = TimeWords.weekday(m.group("wd"));
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        Optional<String> part = Optional.ofNullable(m.group("p")).map(TimeWords::partOfDay);
        Span span = TimexContext.spanOf(m);
        Tense tense = c.tenseAt(span);
        TimexType type = part.isPresent() ? TimexType.TIME : TimexType.DATE;
        String suffix = part.map(p -> "T" + p).orElse("");
        String placeholder = "XXXX-WXX-" + day.getValue() + suffix;
        return Optional.of(c.relative(
                span,
                type,
                anchor -> {
                    LocalDate date =
                            switch (pre) {
                                case "last", "this past", "past" -> CalendarMath.previousWeekday(anchor, day);
                                case "next", "coming" -> CalendarMath.nextWeekday(anchor, day);
                                case "this" -> CalendarMath.weekdayOfWeek(anchor, day);
                                default -> CalendarMath.weekday(anchor, day, tense);
                            };
                    return CalendarMath.day(date) + suffix;
                },
                placeholder));
    }

    private static Optional<Timex> relativePeriod(Matcher m, TimexContext c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        Span span = TimexContext.spanOf(m);
        boolean duration = m.group("mod") == null
                && (rel.equals("the past") || rel.equals("past") || rel.equals("the next") || rel.equals("the coming"));
        if (duration) {
            return DurationRules.duration(span, "1", unit);
        }
        int shift =
                switch (rel) {
                    case "last", "the last", "the previous", "this past" -> -1;
                    case "next", "the following", "the next", "the coming" -> 1;
                    default -> 0;
                };
        return Optional.of(c.relative(span, TimexType.DATE, d -> periodValue(d, unit, shift), placeholder(unit)));
    }

    private static Optional<Timex> currentPeriod(Matcher m, TimexContext c) {
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        return Optional.of(
                c.relative(TimexContext.spanOf(m), TimexType.DATE, d -> periodValue(d, unit, 0), placeholder(unit)));
    }

    /** The value of the {@code unit} containing {@code day}, shifted by {@code shift} units. */
    static String periodValue(LocalDate day, String unit, int shift) {
        return switch (unit) {
            case "week" -> CalendarMath.week(day.plusWeeks(shift));
            case "weekend" -> CalendarMath.week(day.plusWeeks(shift)) + "-WE";
            case "month" -> CalendarMath.month(YearMonth.from(day).plusMonths(shift));
            case "year" -> CalendarMath.year(day.getYear() + shift);
            case "quarter" -> {
                YearMonth q = YearMonth.from(day).plusMonths(3L * shift);
                yield CalendarMath.year(q.getYear()) + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case "decade" -> Integer.toString((day.getYear() + 10 * shift) / 10);
            case "century" -> String.format(Locale.ROOT, "%02d", (day.getYear() + 100 * shift) / 100);
            default -> throw new IllegalArgumentException("expected a calendar unit, found '" + unit + "'");
        };
    }

    private static String placeholder(String unit) {
        return switch (unit) {
            case "week" -> "XXXX-WXX";
            case "weekend" -> "XXXX-WXX-WE";
            case "month" -> "XXXX-XX";
            case "quarter" -> "XXXX-QX";
            case "decade" -> "XXX";
            case "century" -> "XX";
            default -> "XXXX";
        };
    }

    private static Optional<Timex> relativeMonth(Matcher m, TimexContext c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int month = TimeWords.month(m.group("m"));
        return Optional.of(c.relative(
                TimexContext.spanOf(m),
                TimexType.DATE,
                d -> {
                    YearMonth now = YearMonth.from(d);
                    YearMonth same = YearMonth.of(d.getYear(), month);
                    YearMonth value =
                            switch (rel) {
                                case "last" -> same.isBefore(now) ? same : same.minusYears(1);
                                case "next" -> same.isAfter(now) ? same : same.plusYears(1);
                                default -> same;
                            };
                    return CalendarMath.month(value);
                },
                String.format(Locale.ROOT, "XXXX-%02d", month)));
    }

    private static Optional<Timex> relativeSeason(Matcher m, TimexContext c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String season = TimeWords.season(m.group("s"));
        int firstMonth =
                switch (season) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
        return Optional.of(c.relative(
                TimexContext.spanOf(m),
                TimexType.DATE,
                d -> {
                    int year = d.getYear();
                    boolean over = d.getMonthValue() > firstMonth + 2;
                    boolean begun = d.getMonthValue() >= firstMonth;
                    int value =
                            switch (rel) {
                                case "last" -> over ? year : year - 1;
                                case "next" -> begun ? year + 1 : year;
                                default -> year;
                            };
                    return CalendarMath.year(value) + "-" + season;
                },
                "XXXX-" + season));
    }

    /** Further back than this many years, "ago" expressions are only PAST_REF (no year 0 or BC values). */
    private static final long MAX_YEARS_AGO = 1900;

    /** How many years back {@code n} of {@code unit} reach, rounded down. */
    private static long before(String unit, long n) {
        return switch (unit) {
            case "year" -> n;
            case "decade" -> 10 * n;
            case "century" -> 100 * n;
            case "month" -> n / 12;
            case "week" -> n / 52;
            case "day" -> n / 365;
            default -> 0;
        };
    }

    private static Optional<Timex> ago(Matcher m, TimexContext c) {
        String unit = TimeWords.unit(m.group("u"));
        Optional<String> amount = TimeWords.amount(m.group("n"));
        Span span = TimexContext.spanOf(m);
        if (amount.isEmpty() || amount.get().contains(".")) {
            return Optional.of(TimexContext.absolute(span, TimexType.DATE, "PAST_REF"));
        }
        long n = Long.parseLong(amount.get());
        if (before(unit, n) > MAX_YEARS_AGO) {
            // "125,000 years ago" lies before year 1: TimeML has no value for it but the past
            return Optional.of(TimexContext.absolute(span, TimexType.DATE, "PAST_REF"));
        }
        return Optional.of(
                switch (unit) {
                    case "day", "hour", "minute", "second" -> c.relative(
                            span,
                            TimexType.DATE,
                            d -> CalendarMath.day(unit.equals("day") ? d.minusDays(n) : d),
                            "XXXX-XX-XX");
                    case "week" -> c.relative(
                            span, TimexType.DATE, d -> CalendarMath.week(d.minusWeeks(n)), "XXXX-WXX");
                    case "month" -> c.relative(
                            span,
                            TimexType.DATE,
                            d -> CalendarMath.month(YearMonth.from(d).minusMonths(n)),
                            "XXXX-XX");
                    case "year" -> c.relative(
                            span, TimexType.DATE, d -> CalendarMath.year((int) (d.getYear() - n)), "XXXX");
                    case "decade" -> c.relative(
                            span, TimexType.DATE, d -> Long.toString((d.getYear() - 10 * n) / 10), "XXX");
                    default -> c.relative(
                            span,
                            TimexType.DATE,
                            d -> String.format(Locale.ROOT, "%02d", (d.getYear() - 100 * n) / 100),
                            "XX");
                });
    }
}
