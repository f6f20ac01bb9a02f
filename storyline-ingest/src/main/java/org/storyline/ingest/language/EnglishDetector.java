package org.storyline.ingest.language;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells clear non-English text from English by the share of English function words, which is 30–50% in
 * English prose and a few percent in other languages (and zero in other scripts).
 *
 * <p>Deliberately blunt: the analysis is English-only, and this only has to keep obviously foreign text
 * out. Stateless and safe to share across threads.
 */
public final class EnglishDetector {
    /** Below this many words the ratio says too little to reject anything. */
    static final int MIN_WORDS = 20;
    /** English prose stays far above this; French, German, Spanish, Turkish stay below. */
    static final double MIN_STOP_WORD_RATIO = 0.12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}']+");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been", "that", "for", "it",
            "its", "on", "with", "as", "at", "by", "from", "he", "she", "they", "we", "his", "her", "their", "this",
            "these", "those", "which", "who", "or", "but", "not", "has", "have", "had", "will", "would", "said",
            "after", "into", "about", "than", "there", "more", "also", "when", "what", "them", "him", "our", "you",
            "all", "one", "over", "could", "can", "if", "no", "up", "out");

    /** What the text looks like. */
    public enum Verdict {
        ENGLISH,
        NOT_ENGLISH,
        /** Too few words to say. */
        UNDECIDED
    }

    /** Judges {@code text}. */
    public Verdict judge(String text) {
        Matcher words = WORD.matcher(text);
        int total = 0;
        int stop = 0;
        while (words.find()) {
            total++;
            if (STOP_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
                stop++;
            }
        }
        boolean englishEnough = total > 0 && (double) stop / total >= MIN_STOP_WORD_RATIO;
        if (englishEnough) {
            return Verdict.ENGLISH;
        }
        return total < MIN_WORDS ? Verdict.UNDECIDED : Verdict.NOT_ENGLISH;
    }
}
