package org.storyline.analysis.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbers written in words: "three", "twenty-five", "two million", "a dozen", "half a million",
 * and the vague plurals "dozens", "hundreds", "tens of thousands", "hundreds of thousands", whose value
 * is their lower bound (the scale itself: "tens of thousands" = 10,000).
 */
final class NumberWords {
    /** A number read from tokens {@code [first, end)}. */
    record Reading(int first, int end, double value, boolean vague) {}

    private static final Map<String, Integer> UNITS = Map.ofEntries(
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
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);
    /** Scale words; also accepted after digits ("5 million", "2bn"). */
    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3),
            Map.entry("million", 1e6),
            Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12));

    static final Map<String, Double> SHORT_SCALES = Map.ofEntries(
            Map.entry("k", 1e3),
            Map.entry("m", 1e6),
            Map.entry("mn", 1e6),
            Map.entry("mln", 1e6),
            Map.entry("mil", 1e6),
            Map.entry("bn", 1e9),
            Map.entry("b", 1e9),
            Map.entry("tn", 1e12),
            Map.entry("trn", 1e12));
    private static final Map<String, Double> VAGUE = Map.of(
            "dozens",
            12.0,
            "hundreds",
            100.0,
            "thousands",
            1e3,
            "millions",
            1e6,
            "billions",
            1e9,
            "tens",
            10.0,
            "scores",
            20.0);
    private static final Map<String, Double> VAGUE_SCALES = Map.of("thousands", 1e3, "millions", 1e6, "billions", 1e9);

    private NumberWords() {}

    /** True for a word that can start a number in words ("three", "dozens", "hundred"). */
    static boolean isNumberWord(String lower) {
        return UNITS.containsKey(lower)
                || TENS.containsKey(lower)
                || VAGUE.containsKey(lower)
                || lower.equals("hundred")
                || SCALES.containsKey(lower)
                || lower.equals("dozen");
    }

    /** The number in words starting at token {@code i}, if there is one. */
    static Optional<Reading> read(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return Optional.empty();
        }
        String w = t.lower();
        if (w.equals("a") || w.equals("an") || w.equals("half")) {
            return readArticleForm(tokens, i);
        }
        if (VAGUE.containsKey(w)) {
            return readVague(tokens, i);
        }
        return readExact(tokens, i, i, 1.0);
    }

    private static Optional<Reading> readArticleForm(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        double factor = 1.0;
        int j = i + 1;
        if (w.equals("half")) {
            if (!wordAt(tokens, j, "a")) {
                return Optional.empty();
            }
            factor = 0.5;
            j++;
        }
        if (wordAt(tokens, j, "dozen")) {
            return Optional.of(new Reading(i, j + 1, 12 * factor, false));
        }
        if (j < tokens.size() && tokens.get(j).isWord()) {
            String next = tokens.get(j).lower();
            if (next.equals("hundred") || SCALES.containsKey(next)) {
                return readExact(tokens, i, j, factor);
            }
        }
        return Optional.empty();
    }

    private static Optional<Reading> readVague(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        double value = VAGUE.get(w);
        int end = i + 1;
        if (wordAt(tokens, end, "of")
                && end + 1 < tokens.size()
                && VAGUE_SCALES.containsKey(tokens.get(end + 1).lower())) {
            value *= VAGUE_SCALES.get(tokens.get(end + 1).lower());
            end += 2;
        } else if (w.equals("tens") || w.equals("scores")) {
            // "tens" alone is not an amount; "scores" without "of" is usually sport
            if (!(w.equals("scores") && wordAt(tokens, end, "of"))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Reading(i, end, value, true));
    }

    /** Reads "one hundred and twenty", "twenty-five", "two million" starting at {@code j}. */
    private static Optional<Reading> readExact(List<Token> tokens, int first, int j, double factor) {
        double total = 0;
        double current = 0;
        boolean any = false;
        int end = j;
        int k = j;
        while (k < tokens.size() && tokens.get(k).isWord()) {
            String w = tokens.get(k).lower();
            if (first != j && k == j) {
                current = 1; // "a hundred", "a million"
            }
            if (UNITS.containsKey(w) && current % 10 == 0 && (current % 100 == 0 || current % 100 >= 20)) {
                current += UNITS.get(w);
            } else if (TENS.containsKey(w) && current % 100 == 0) {
                current += TENS.get(w);
                if (hyphenatedUnit(tokens, k)) {
                    current += UNITS.get(tokens.get(k + 2).lower());
                    k += 2;
                }
            } else if (w.equals("hundred") && (any || current > 0) && current < 100) {
                current = Math.max(current, 1) * 100;
            } else if (SCALES.containsKey(w) && (any || current > 0)) {
                total += Math.max(current, 1) * SCALES.get(w);
                current = 0;
            } else if (w.equals("and") && any && canFollowAnd(tokens, k)) {
                k++;
                continue;
            } else {
                break;
            }
            any = true;
            k++;
            end = k;
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(new Reading(first, end, (total + current) * factor, false));
    }

    private static boolean canFollowAnd(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || k == 0) {
            return false;
        }
        String before = tokens.get(k - 1).lower();
        String after = tokens.get(k + 1).lower();
        return (before.equals("hundred") || SCALES.containsKey(before))
                && (UNITS.containsKey(after) || TENS.containsKey(after));
    }

    private static boolean hyphenatedUnit(List<Token> tokens, int k) {
        return k + 2 < tokens.size()
                && tokens.get(k + 1).text().equals("-")
                && tokens.get(k).touches(tokens.get(k + 1))
                && tokens.get(k + 1).touches(tokens.get(k + 2))
                && UNITS.containsKey(tokens.get(k + 2).lower())
                && UNITS.get(tokens.get(k + 2).lower()) < 10;
    }

    private static boolean wordAt(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord() && tokens.get(i).is(word);
    }
}
