package org.storyline.analysis.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The words of time expressions: regex pieces and how to read them. */
final class TimeWords {

    /** Full month names, capitalised. */
    static final String MONTH_FULL =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /** Full or abbreviated month names, capitalised; for use next to a day or year. */
    static final String MONTH_ANY = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    static final String PART_OF_DAY = "(?i:morning|afternoon|evening|night|overnight)";

    /** A day of the month with an optional ordinal suffix: "18", "3rd". */
    static final String DAY_OF_MONTH = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A cardinal amount: digits, number words, "a"/"an", or a vague amount ("several", "a few"). */
    static final String AMOUNT = "(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?i:(?:" + TENS + ")(?:[- ](?:one|two|three|four"
            + "|five|six|seven|eight|nine))?|" + SMALL + "|a hundred|one hundred|hundreds of|a dozen|dozens of|dozen"
            + "|a couple of|a couple|couple of|several|a few|few|many|a|an))";

    /** Time units, singular or plural, lower case or capitalised. */
    static final String UNIT = "(?i:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))";

    // amount() runs for every duration and set the tagger finds
    private static final Pattern DIGITS = Pattern.compile("[\\d,]+(?:\\.\\d+)?");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.?0+$");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("a hundred", 100),
            Map.entry("one hundred", 100),
            Map.entry("a dozen", 12),
            Map.entry("dozen", 12),
            Map.entry("a couple of", 2),
            Map.entry("a couple", 2),
            Map.entry("couple of", 2));

    private TimeWords() {}

    /** The month number (1-12) of a full or abbreviated month name. */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("expected a month name, found '" + name + "'");
        };
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The day number of "18", "3rd". */
    static int dayOfMonth(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    /**
     * The number an {@link #AMOUNT} names, as TimeML writes it ("3", "1.5"); empty for vague amounts
     * ("several", "a few", "dozens of"), which TimeML writes as "X".
     */
    static Optional<String> amount(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (DIGITS.matcher(t).matches()) {
            String digits = t.replace(",", "");
            return Optional.of(
                    digits.contains(".") ? TRAILING_ZEROS.matcher(digits).replaceAll("") : digits);
        }
        Integer direct = NUMBERS.get(t);
        if (direct != null) {
            return Optional.of(Integer.toString(direct));
        }
        String[] parts = t.split("[- ]");
        if (parts.length == 2 && NUMBERS.containsKey(parts[0]) && NUMBERS.containsKey(parts[1])) {
            return Optional.of(Integer.toString(NUMBERS.get(parts[0]) + NUMBERS.get(parts[1])));
        }
        return Optional.empty();
    }

    /** The number of an ordinal word or digits ("third", "3rd"), if it is one. */
    static OptionalInt ordinal(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "first", "1st" -> OptionalInt.of(1);
            case "second", "2nd" -> OptionalInt.of(2);
            case "third", "3rd" -> OptionalInt.of(3);
            case "fourth", "4th" -> OptionalInt.of(4);
            default -> OptionalInt.empty();
        };
    }

    /** The TimeML code of a part of the day: MO, AF, EV, NI. */
    static String partOfDay(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            case "night", "overnight", "tonight" -> "NI";
            default -> throw new IllegalArgumentException("expected a part of the day, found '" + text + "'");
        };
    }

    /** The TimeML season code of "spring", "summer", "autumn"/"fall", "winter". */
    static String season(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            case "winter" -> "WI";
            default -> throw new IllegalArgumentException("expected a season, found '" + text + "'");
        };
    }

    /** The singular, lower-case form of a unit word ("Years" → "year", "centuries" → "century"). */
    static String unit(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("centur")) {
            return "century";
        }
        return t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
    }
}
