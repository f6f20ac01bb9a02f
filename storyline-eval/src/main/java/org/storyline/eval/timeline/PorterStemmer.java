package org.storyline.eval.timeline;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter (1980) stemmer in the form ROUGE-1.5.5 uses with {@code -m}: Martin Porter's "Release 1" rules, with
 * ROUGE's change to step 4 (a word in {@code -ement} does not also try {@code -ment} and {@code -ent} in the same
 * pass; instead {@code -ment} and then {@code -ent} are tried again on the result). Words shorter than three
 * letters are returned unchanged. Input is a lower-case token. Stateless.
 *
 * <p>The measure {@code m} of a stem (the number of vowel-consonant sequences) is tested with the classic
 * patterns: consonant = not a, e, i, o, u; vowel = a, e, i, o, u or y; a consonant run continues over
 * anything but a vowel or y, a vowel run over vowels without y.
 */
public final class PorterStemmer {
    private static final String C = "[^aeiou][^aeiouy]*";
    private static final String V = "[aeiouy][aeiou]*";
    private static final Pattern M_GT_0 = Pattern.compile("^(" + C + ")?" + V + C);
    private static final Pattern M_EQ_1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
    private static final Pattern M_GT_1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + C + ")?[aeiouy]");
    private static final Pattern CVC = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");
    private static final Pattern DOUBLE_CONSONANT = Pattern.compile("([^aeiouylsz])\\1$");

    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"),
            Map.entry("tional", "tion"),
            Map.entry("enci", "ence"),
            Map.entry("anci", "ance"),
            Map.entry("izer", "ize"),
            Map.entry("bli", "ble"),
            Map.entry("alli", "al"),
            Map.entry("entli", "ent"),
            Map.entry("eli", "e"),
            Map.entry("ousli", "ous"),
            Map.entry("ization", "ize"),
            Map.entry("ation", "ate"),
            Map.entry("ator", "ate"),
            Map.entry("alism", "al"),
            Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"),
            Map.entry("biliti", "ble"),
            Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 =
            Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");
    private static final List<String> STEP4 = List.of(
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive",
            "ize");

    private PorterStemmer() {}

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        // an initial y is a consonant: upper case keeps it out of every vowel class
        String w = initialY ? "Y" + word.substring(1) : word;
        w = step1(w);
        w = replaceLongest(w, STEP2, M_GT_0);
        w = replaceLongest(w, STEP3, M_GT_0);
        w = step4(w);
        w = step5(w);
        return initialY ? "y" + w.substring(1) : w;
    }

    private static String step1(String word) {
        String w = word;
        if (w.endsWith("sses") || w.endsWith("ies")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() >= 2 && w.endsWith("s") && w.charAt(w.length() - 2) != 's') {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("eed")) {
            if (matches(M_GT_0, w.substring(0, w.length() - 3))) {
                w = w.substring(0, w.length() - 1);
            }
        } else if (w.endsWith("ed") || w.endsWith("ing")) {
            String stem = w.substring(0, w.length() - (w.endsWith("ed") ? 2 : 3));
            if (matches(HAS_VOWEL, stem)) {
                w = stem;
                if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
                    w = w + "e";
                } else if (matches(DOUBLE_CONSONANT, w)) {
                    w = w.substring(0, w.length() - 1);
                } else if (CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        if (w.endsWith("y")) {
            String stem = w.substring(0, w.length() - 1);
            if (matches(HAS_VOWEL, stem)) {
                w = stem + "i";
            }
        }
        return w;
    }

    /** The longest listed suffix (a regex alternation's leftmost match) is replaced when its stem passes. */
    private static String replaceLongest(String w, Map<String, String> suffixes, Pattern condition) {
        String best = "";
        for (String suffix : suffixes.keySet()) {
            if (w.endsWith(suffix) && suffix.length() > best.length()) {
                best = suffix;
            }
        }
        if (best.isEmpty()) {
            return w;
        }
        String stem = w.substring(0, w.length() - best.length());
        return matches(condition, stem) ? stem + suffixes.get(best) : w;
    }

    private static String step4(String word) {
        String w = word;
        String best = "";
        for (String suffix : STEP4) {
            if (w.endsWith(suffix) && suffix.length() > best.length()) {
                best = suffix;
            }
        }
        if (!best.isEmpty()) {
            w = strip(w, best.length());
        }
        if (w.endsWith("ment")) {
            w = strip(w, 4);
        }
        if (w.endsWith("ent")) {
            w = strip(w, 3);
        } else if (w.endsWith("sion") || w.endsWith("tion")) {
            w = strip(w, 3);
        }
        return w;
    }

    /** Cuts {@code length} letters when what remains has m > 1. */
    private static String strip(String w, int length) {
        String stem = w.substring(0, w.length() - length);
        return matches(M_GT_1, stem) ? stem : w;
    }

    private static String step5(String word) {
        String w = word;
        if (w.endsWith("e")) {
            String stem = w.substring(0, w.length() - 1);
            if (matches(M_GT_1, stem)
                    || (matches(M_EQ_1, stem) && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && matches(M_GT_1, w)) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean matches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find();
    }
}
