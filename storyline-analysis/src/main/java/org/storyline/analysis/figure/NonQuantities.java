package org.storyline.analysis.figure;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.analysis.text.CalendarWords;

/**
 * Numbers that are not quantities: years ("2016"), dates ("August 18"), times ("10:30", "3 p.m."), ages
 * ("5-year-old", "Omran, 5,"), ordinals ("2nd"), decades ("1990s"), parts of names ("G20", "COVID-19",
 * "Resolution 2254"), phone numbers, and "one" as a pronoun ("one of the", "no one").
 */
final class NonQuantities {
    private static final Set<String> MONTHS = Set.copyOf(CalendarWords.MONTHS);
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "s", "am", "pm", "a.m", "p.m");
    private static final Set<String> NUMBERING = Set.of("no", "nos", "number", "#", "num");
    private static final Set<String> ONE_PRONOUN_BEFORE =
            Set.of("the", "this", "that", "no", "any", "every", "each", "which", "another", "such", "a", "one");
    private static final Set<String> ONE_PRONOUN_AFTER = Set.of(
            "of", "another", "who", "that", "which", "or", "and", "is", "was", "has", "had", "will", "would", "can",
            "could", "must", "should", "may", "might", "in", "at", "by", "to", "on", "thing", "way", "time", "day",
            "point", "side", "hand", "reason");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid");
    private static final Set<String> PLURAL_NOUNS = Set.of("people", "police", "personnel", "children", "men", "women");
    /** "+44 20 7946 0958", "(202) 555-0100", "555-0100". */
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)\\s?|\\d{2,4}[\\s.-])\\d{3,4}[\\s.-]\\d{3,4}\\b|\\b\\d{3}-\\d{4}\\b");

    private NonQuantities() {}

    /** True when the amount is not a quantity. {@code text} is the article text the tokens point into. */
    static boolean excluded(String text, List<Token> tokens, Amount a) {
        if (!a.unit().isEmpty()) {
            return false; // "$2016" is money, whatever the digits look like
        }
        return a.spelled() ? spelledExcluded(tokens, a) : digitsExcluded(text, tokens, a);
    }

    private static boolean digitsExcluded(String text, List<Token> tokens, Amount a) {
        int n = a.first();
        while (n + 1 < a.end() && !tokens.get(n).isNumber()) {
            n++; // past a sign: "-5", "minus 30"
        }
        Token number = tokens.get(n);
        Token prev = n > 0 ? tokens.get(n - 1) : null;
        Token next = n + 1 < tokens.size() ? tokens.get(n + 1) : null;
        if (prev != null && prev.touches(number) && attachedBefore(tokens, n)) {
            return true;
        }
        if (next != null && number.touches(next) && attachedAfter(tokens, n)) {
            return true;
        }
        if (isAge(tokens, n) || isClockTime(tokens, n) || isPhone(text, number)) {
            return true;
        }
        boolean plainInteger = number.text().matches("\\d+");
        if (plainInteger && number.text().length() > 1 && number.text().startsWith("0")) {
            return true; // "0401 GMT", "09": codes and clock times, not amounts
        }
        boolean scaled = a.end() > n + 1;
        if (plainInteger
                && !scaled
                && number.text().length() == 4
                && a.value() >= 1000
                && a.value() <= 2199
                && !(countsPlural(tokens, n + 1)
                        && !(n > 0
                                && YEAR_PREPOSITIONS.contains(tokens.get(n - 1).lower())))) {
            return true;
        }
        if (plainInteger && a.value() >= 1 && a.value() <= 31 && isDate(tokens, n)) {
            return true;
        }
        return plainInteger && !scaled && isPartOfName(tokens, n);
    }

    private static boolean attachedBefore(List<Token> tokens, int n) {
        Token prev = tokens.get(n - 1);
        if (prev.isWord() || prev.isNumber()) {
            return true; // "A380"-style words never reach here; "U2" is one token, "Su 24" is not attached
        }
        String p = prev.text();
        if (p.equals("#") || p.equals("/") || p.equals("@") || p.equals("_") || p.equals(":") || p.equals("\\")) {
            return true;
        }
        // "COVID-19", "F-16": a hyphen glued to a word that is not itself a number
        return p.equals("-")
                && n >= 2
                && tokens.get(n - 2).touches(prev)
                && tokens.get(n - 2).isWord()
                && !NumberWords.isNumberWord(tokens.get(n - 2).lower())
                && !tokens.get(n - 2).is("minus");
    }

    private static boolean attachedAfter(List<Token> tokens, int n) {
        Token next = tokens.get(n + 1);
        if (next.isWord() && ORDINAL_SUFFIXES.contains(next.lower())) {
            return true;
        }
        if (next.isWord() && next.lower().equals("o'clock")) {
            return true;
        }
        String t = next.text();
        boolean followedByNumber = n + 2 < tokens.size()
                && next.touches(tokens.get(n + 2))
                && tokens.get(n + 2).isNumber();
        return (t.equals(":") || t.equals("/")) && followedByNumber;
    }

    private static boolean isAge(List<Token> tokens, int n) {
        if (matches(tokens, n + 1, "-", "year", "-", "old")
                || matches(tokens, n + 1, "-", "years", "-", "old")
                || matches(tokens, n + 1, "years", "old")
                || matches(tokens, n + 1, "-", "month", "-", "old")) {
            return true;
        }
        if (n > 0 && (tokens.get(n - 1).is("aged") || tokens.get(n - 1).is("age"))) {
            return true;
        }
        if (n >= 3
                && (tokens.get(n - 1).is("to") || tokens.get(n - 1).is("-"))
                && tokens.get(n - 2).isNumber()
                && (tokens.get(n - 3).is("aged") || tokens.get(n - 3).is("age"))) {
            return true; // "aged 25 to 54"
        }
        // "Omran Daqneesh, 5, is also seen": an age in apposition to a name
        return n >= 2
                && tokens.get(n - 1).is(",")
                && tokens.get(n - 2).capitalized()
                && n + 1 < tokens.size()
                && (tokens.get(n + 1).is(",") || tokens.get(n + 1).is(")"))
                && tokens.get(n).text().matches("\\d{1,3}");
    }

    private static boolean isClockTime(List<Token> tokens, int n) {
        // "3 p.m.", "10 a.m."
        return n + 2 < tokens.size()
                && (tokens.get(n + 1).is("a") || tokens.get(n + 1).is("p"))
                && tokens.get(n + 2).is(".")
                && tokens.get(n + 1).touches(tokens.get(n + 2));
    }

    private static boolean isPhone(String text, Token number) {
        int from = Math.max(0, number.start() - 8);
        int to = Math.min(text.length(), number.end() + 12);
        var m = PHONE.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() <= number.start() && number.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(List<Token> tokens, int n) {
        if (n >= 2
                && tokens.get(n - 1).touches(tokens.get(n))
                && isDash(tokens.get(n - 1))
                && tokens.get(n - 2).touches(tokens.get(n - 1))
                && tokens.get(n - 2).isNumber()
                && isDate(tokens, n - 2)) {
            return true; // "Sept. 20-24"
        }
        int p = n - 1;
        if (p >= 0 && tokens.get(p).is(".")) {
            p--; // "Aug. 18"
        }
        if (p >= 0
                && tokens.get(p).isWord()
                && MONTHS.contains(tokens.get(p).lower())
                && (tokens.get(p).capitalized())) {
            return true;
        }
        int q = n + 1;
        if (q < tokens.size() && tokens.get(q).is("of")) {
            q++; // "18 of August" is rare but harmless
        }
        return q < tokens.size()
                && tokens.get(q).capitalized()
                && MONTHS.contains(tokens.get(q).lower());
    }

    private static boolean isDash(Token t) {
        return t.is("-") || t.is("–");
    }

    private static boolean isPartOfName(List<Token> tokens, int n) {
        if (n == 0) {
            return false;
        }
        Token prev = tokens.get(n - 1);
        if (prev.isWord() && NUMBERING.contains(prev.lower()) || prev.is("#")) {
            return true;
        }
        if (prev.is(".") && n >= 2 && tokens.get(n - 2).is("No")) {
            return true;
        }
        if (!hasUpperCase(prev)
                || n - 1 == 0
                || MONTHS.contains(prev.lower())
                || prev.text().equals("US")) {
            return false;
        }
        // "Resolution 2254", "Section 427 Row 21", "the Big 12", "iPhone 11 Pro", "the S&P 500 gained": no
        // counted noun after the number
        Token next = n + 1 < tokens.size() ? tokens.get(n + 1) : null;
        return next == null
                || !next.isWord()
                || next.capitalized()
                || CountedNoun.isFunctionWord(next.lower())
                || next.lower().endsWith("ed")
                || next.lower().endsWith("ing")
                || next.is("index")
                || next.is("gets");
    }

    private static boolean hasUpperCase(Token t) {
        return t.isWord() && t.text().chars().anyMatch(Character::isUpperCase);
    }

    private static boolean countsPlural(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord() || tokens.get(i).capitalized()) {
            return false;
        }
        String w = tokens.get(i).lower();
        return PLURAL_NOUNS.contains(w) || w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    private static boolean spelledExcluded(List<Token> tokens, Amount a) {
        int n = a.first();
        Token first = tokens.get(n);
        Token prev = n > 0 ? tokens.get(n - 1) : null;
        if (first.capitalized() && prev != null && prev.isWord()) {
            return true; // "the Big Three", "Group of Seven"
        }
        if (matches(tokens, a.end(), "-", "year", "-", "old") || matches(tokens, a.end(), "years", "old")) {
            return true;
        }
        if (a.end() + 1 < tokens.size()
                && tokens.get(a.end()).is("-")
                && tokens.get(a.end() - 1).touches(tokens.get(a.end()))
                && tokens.get(a.end() + 1).isWord()
                && !Units.read(tokens, a.end(), "").isPresent()) {
            return true; // "one-sided", "two-state"
        }
        if (!first.is("one") || a.end() != n + 1) {
            return false;
        }
        Token next = a.end() < tokens.size() ? tokens.get(a.end()) : null;
        if (next == null || !next.isWord() || ONE_PRONOUN_AFTER.contains(next.lower())) {
            return true;
        }
        return prev != null && prev.isWord() && ONE_PRONOUN_BEFORE.contains(prev.lower());
    }

    private static boolean matches(List<Token> tokens, int from, String... words) {
        if (from + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(from + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }
}
