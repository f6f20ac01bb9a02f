package org.storyline.analysis.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.storyline.analysis.text.CalendarWords;

/**
 * Where a time expression can start: the first word of every rule's pattern is one of {@link #WORDS},
 * a number, or an apostrophe ("'90s"). The tagger tries its rules only at such token starts instead
 * of at every character, and at each only the rules that can start with that token, which makes it an
 * order of magnitude faster; a test checks that no rule can match anywhere else.
 *
 * <p>Which rules can start with a key is worked out from the patterns themselves: a rule can start
 * with a word when matching the word alone either succeeds or runs out of input ({@link
 * Matcher#hitEnd()}), i.e. more text could complete the match.
 */
final class RuleStarts {

    static final String DIGIT = "#digit";
    static final String QUOTE = "#quote";

    private static final Set<String> WORDS = withMonths(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "the",
            "a",
            "an",
            "early",
            "late",
            "mid",
            "end",
            "beginning",
            "start",
            "middle",
            "first",
            "second",
            "third",
            "fourth",
            "this",
            "last",
            "next",
            "coming",
            "past",
            "earlier",
            "later",
            "current",
            "at",
            "in",
            "for",
            "within",
            "over",
            "these",
            "right",
            "present",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "now",
            "currently",
            "presently",
            "nowadays",
            "noon",
            "midday",
            "midnight",
            "almost",
            "nearly",
            "about",
            "around",
            "roughly",
            "approximately",
            "some",
            "more",
            "less",
            "up",
            "under",
            "just",
            "only",
            "another",
            "recent",
            "several",
            "few",
            "many",
            "hundreds",
            "dozen",
            "dozens",
            "couple",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "every",
            "each",
            "once",
            "twice",
            "daily",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "nightly",
            "hourly",
            "seconds",
            "minutes",
            "hours",
            "days",
            "weeks",
            "months",
            "years",
            "decades",
            "centuries");

    private RuleStarts() {}

    /** For every start key, the indices (ascending) of the rules that can start with it. */
    static Map<String, int[]> index(List<TimexRule> rules) {
        Map<String, int[]> index = new HashMap<>();
        for (String word : WORDS) {
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            index.put(word, rulesStartingWith(rules, List.of(word, capitalised, word.toUpperCase(Locale.ROOT))));
        }
        index.put(DIGIT, rulesStartingWith(rules, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));
        index.put(QUOTE, rulesStartingWith(rules, List.of("'", "\u2019")));
        return Map.copyOf(index);
    }

    private static int[] rulesStartingWith(List<TimexRule> rules, List<String> samples) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String sample : samples) {
                Matcher m = rules.get(r).pattern().matcher(sample);
                if (m.lookingAt() || m.hitEnd()) {
                    out.add(r);
                    break;
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The start key of the token at {@code i} ("#digit", "#quote" or the lower-case word), or empty when
     * {@code i} does not start a token (it follows a letter or digit, or is punctuation or space).
     */
    static Optional<String> keyAt(String text, int i) {
        char c = text.charAt(i);
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return Optional.empty();
        }
        if (Character.isDigit(c)) {
            return Optional.of(DIGIT);
        }
        if (c == '\'' || c == '\u2019') {
            return Optional.of(QUOTE);
        }
        if (!Character.isLetter(c)) {
            return Optional.empty();
        }
        int e = i + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return Optional.of(text.substring(i, e).toLowerCase(Locale.ROOT));
    }

    /** The months ({@link CalendarWords#MONTHS}) and the given words: weekdays and every other rule start. */
    private static Set<String> withMonths(String... others) {
        Set<String> all = new HashSet<>(CalendarWords.MONTHS);
        all.addAll(List.of(others));
        return Set.copyOf(all);
    }
}
