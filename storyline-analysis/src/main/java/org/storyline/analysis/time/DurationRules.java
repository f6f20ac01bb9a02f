package org.storyline.analysis.time;

import static org.storyline.analysis.time.TimeWords.AMOUNT;
import static org.storyline.analysis.time.TimeWords.UNIT;
import static org.storyline.analysis.time.TimeWords.WEEKDAY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * Durations and sets: "three days" (P3D), "almost five years" (P5Y), "the last two weeks" (P2W), a
 * "48-hour" truce (PT48H), "a decade" (P10Y), "several months" / "for months" / "recent weeks" (PXM,
 * PXW), "every day" (P1D), "every morning" (XXXX-XX-XXTMO), "weekly" (P1W).
 */
final class DurationRules {

    private static final String HEDGE =
            "(?:(?i:almost|nearly|about|around|roughly|approximately|some|more than|less than"
                    + "|at least|over|up to|under|just over|just under|only|a mere|another|an additional|a further|the first"
                    + "|the past|the last|the next|the coming|the previous|the following|the) )";

    /** Words before "a day", "a year" that make it a rate ("twice a day", "per year"), not a duration. */
    private static final Set<String> RATE_WORDS = Set.of("per", "times", "once", "twice", "thrice");

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Pattern WEEKDAY_WORD = Pattern.compile(WEEKDAY);

    private DurationRules() {}

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of(
                        "duration",
                        "(?<!\\w)" + HEDGE + "{0,2}(?<n>" + AMOUNT + ")[ -](?<u>" + UNIT + ")(?![\\w-])",
                        DurationRules::amountOfUnits),
                TimexRule.of(
                        "hyphenated-duration",
                        "(?<!\\w)(?<n>" + AMOUNT + ")-(?<u>" + UNIT + ")(?:-long)?(?![\\w-])",
                        DurationRules::amountOfUnits),
                TimexRule.of(
                        "vague-duration",
                        "(?<!\\w)(?:(?<q>(?i:recent|the past few|the last few|the next few|the coming|the past"
                                + "|the last|several|a few|few|many|some|the first few|for|over|within|in))[ ])?"
                                + "(?<u>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?!\\w)",
                        DurationRules::vagueUnits),
                TimexRule.of(
                        "set",
                        "(?<!\\w)(?i:every|each|once a|twice a|once every|once per)"
                                + " (?:(?i:other) )?(?:(?<n>" + AMOUNT + ") )?"
                                + "(?<u>" + UNIT + "|(?i:morning|afternoon|evening|night)|" + WEEKDAY + ")(?!\\w)",
                        DurationRules::set),
                TimexRule.of(
                        "set-adverb",
                        "(?<!\\w)(?<w>(?i:daily|weekly|monthly|annually|yearly|nightly|hourly))(?!\\w)",
                        DurationRules::setAdverb));
    }

    /** A duration of {@code amount} (digits, or "X" when vague) {@code unit}s, e.g. ("3", "day") → P3D. */
    static Optional<Timex> duration(Span span, String amount, String unit) {
        return durationValue(amount, unit).map(v -> TimexContext.absolute(span, TimexType.DURATION, v));
    }

    private static Optional<String> durationValue(String amount, String unit) {
        boolean vague = amount.equals("X");
        return Optional.of(
                switch (unit) {
                    case "second" -> "PT" + amount + "S";
                    case "minute" -> "PT" + amount + "M";
                    case "hour" -> "PT" + amount + "H";
                    case "day" -> "P" + amount + "D";
                    case "week", "weekend" -> "P" + amount + "W";
                    case "month" -> "P" + amount + "M";
                    case "year" -> "P" + amount + "Y";
                    case "quarter" -> vague ? "PXQ" : "P" + multiply(amount, 3) + "M";
                    case "decade" -> vague ? "PXDE" : "P" + multiply(amount, 10) + "Y";
                    case "century" -> vague ? "PXCE" : "P" + multiply(amount, 100) + "Y";
                    default -> throw new IllegalArgumentException("expected a time unit, found '" + unit + "'");
                });
    }

    private static String multiply(String amount, int factor) {
        return new BigDecimal(amount)
                .multiply(BigDecimal.valueOf(factor))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static Optional<Timex> amountOfUnits(Matcher m, TimexContext c) {
        String number = m.group("n").toLowerCase(Locale.ROOT);
        String unit = TimeWords.unit(m.group("u"));
        boolean article = number.equals("a") || number.equals("an");
        if (article
                && (unit.equals("second")
                        || RATE_WORDS.contains(c.wordBefore(m.start()).toLowerCase(Locale.ROOT))
                        || c.text().startsWith("$", Math.max(0, m.start() - 1)))) {
            return Optional.empty();
        }
        if (article && precededByNumber(c.text(), m.start())) {
            return Optional.empty();
        }
        String amount = TimeWords.amount(number).orElse("X");
        return duration(TimexContext.spanOf(m), amount, unit);
    }

    private static Optional<Timex> vagueUnits(Matcher m, TimexContext c) {
        String unit = TimeWords.unit(m.group("u"));
        String q = m.group("q") == null ? "" : m.group("q").toLowerCase(Locale.ROOT);
        boolean bare = q.isEmpty() || Set.of("for", "over", "within", "in").contains(q);
        if (bare && (unit.equals("minute") || unit.equals("second"))) {
            return Optional.empty();
        }
        // "for", "over", "within", "in" give context but are not part of the expression
        Span span = bare ? new Span(m.start("u"), m.end("u")) : TimexContext.spanOf(m);
        return duration(span, "X", unit);
    }

    private static Optional<Timex> set(Matcher m, TimexContext c) {
        String word = m.group("u");
        Span span = TimexContext.spanOf(m);
        String lower = word.toLowerCase(Locale.ROOT);
        if (PARTS_OF_DAY.contains(lower)) {
            return Optional.of(TimexContext.absolute(span, TimexType.SET, "XXXX-XX-XXT" + TimeWords.partOfDay(lower)));
        }
        if (WEEKDAY_WORD.matcher(word).matches()) {
            return Optional.of(TimexContext.absolute(
                    span, TimexType.SET, "XXXX-WXX-" + TimeWords.weekday(word).getValue()));
        }
        String amount =
                m.group("n") == null ? "1" : TimeWords.amount(m.group("n")).orElse("X");
        return durationValue(amount, TimeWords.unit(word)).map(v -> TimexContext.absolute(span, TimexType.SET, v));
    }

    private static Optional<Timex> setAdverb(Matcher m, TimexContext c) {
        String value =
                switch (m.group("w").toLowerCase(Locale.ROOT)) {
                    case "daily", "nightly" -> "P1D";
                    case "weekly" -> "P1W";
                    case "monthly" -> "P1M";
                    case "hourly" -> "PT1H";
                    default -> "P1Y";
                };
        return Optional.of(TimexContext.absolute(TimexContext.spanOf(m), TimexType.SET, value));
    }

    private static boolean precededByNumber(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }
}
