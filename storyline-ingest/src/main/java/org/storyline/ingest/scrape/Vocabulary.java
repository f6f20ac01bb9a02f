package org.storyline.ingest.scrape;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a stretch of text, each weighted: names (capitalised words inside a sentence) weigh
 * {@value #NAME_WEIGHT}, other content words 1. Used to tell whether two stretches of text are about the same
 * thing.
 *
 * <p>Immutable.
 */
final class Vocabulary {
    static final int NAME_WEIGHT = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Set<String> STOP_WORDS = Set.of(
            "the",
            "and",
            "for",
            "that",
            "with",
            "from",
            "this",
            "these",
            "those",
            "which",
            "who",
            "whom",
            "was",
            "were",
            "are",
            "been",
            "being",
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "must",
            "can",
            "not",
            "but",
            "its",
            "his",
            "her",
            "hers",
            "their",
            "them",
            "they",
            "she",
            "him",
            "our",
            "ours",
            "you",
            "your",
            "into",
            "onto",
            "over",
            "under",
            "about",
            "after",
            "before",
            "than",
            "then",
            "there",
            "here",
            "when",
            "where",
            "what",
            "while",
            "also",
            "said",
            "says",
            "say",
            "told",
            "tell",
            "more",
            "most",
            "some",
            "any",
            "all",
            "one",
            "two",
            "three",
            "four",
            "five",
            "such",
            "other",
            "only",
            "very",
            "just",
            "did",
            "does",
            "doing",
            "because",
            "during",
            "since",
            "until",
            "against",
            "between",
            "through",
            "per",
            "via",
            "mr",
            "mrs",
            "ms",
            "new",
            "last",
            "first",
            "year",
            "years",
            "day",
            "days",
            "week",
            "weeks",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "now",
            "both",
            "each",
            "many",
            "much",
            "own",
            "same",
            "still",
            "even",
            "already",
            "yet",
            "out",
            "off",
            "upon",
            "within",
            "without",
            "according",
            "added");

    private final Map<String, Integer> weights;

    private Vocabulary(Map<String, Integer> weights) {
        this.weights = Collections.unmodifiableMap(weights);
    }

    /** The vocabulary of {@code text}. */
    static Vocabulary of(String text) {
        Map<String, Integer> weights = new TreeMap<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            boolean sentenceStart = previousEnd < 0 || endsSentence(text.substring(previousEnd, m.start()));
            previousEnd = m.end();
            String raw = m.group();
            String word = normalise(raw);
            if (word.length() < 3 || STOP_WORDS.contains(word)) {
                continue;
            }
            boolean name = !sentenceStart && Character.isUpperCase(raw.charAt(0));
            weights.merge(word, name ? NAME_WEIGHT : 1, Math::max);
        }
        return new Vocabulary(weights);
    }

    /**
     * How much of {@code other}'s weight is also in this vocabulary, from 0 (nothing shared) to 1 (every
     * word of {@code other} occurs here). A word counts with the larger of its two weights, so a name in
     * either text weighs as a name.
     */
    double containmentOf(Vocabulary other) {
        double shared = 0;
        double total = 0;
        for (Map.Entry<String, Integer> e : other.weights.entrySet()) {
            int weight = Math.max(e.getValue(), weights.getOrDefault(e.getKey(), 0));
            total += weight;
            if (weights.containsKey(e.getKey())) {
                shared += weight;
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    private static boolean endsSentence(String gap) {
        return gap.indexOf('.') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('\n') >= 0;
    }

    /** Lower case, without possessive and a plural "s", so "Syrians" and "civilians'" meet their singulars. */
    static String normalise(String raw) {
        String word = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
        }
        while (word.endsWith("'") || word.endsWith("-")) {
            word = word.substring(0, word.length() - 1);
        }
        if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            word = word.substring(0, word.length() - 1);
        }
        return word;
    }
}
