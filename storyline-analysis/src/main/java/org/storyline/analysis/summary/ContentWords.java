package org.storyline.analysis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a text as matching keys: lower-cased ({@link Locale#ROOT}), stop words and reporting
 * verbs removed, light-stemmed, numbers normalised ("50,000" becomes "50000"), hyphenated words split
 * ("cease-fire" gives "cease" and "fire"). Used to compare sentences, never shown to users. Stateless and
 * thread-safe.
 */
public final class ContentWords {

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}[\\p{L}\\p{M}'’]*");

    /** Function words, plus reporting verbs that say nothing about what happened. */
    private static final Set<String> STOP = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "down",
            "during",
            "each",
            "few",
            "for",
            "from",
            "further",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "itself",
            "just",
            "me",
            "more",
            "most",
            "my",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "out",
            "over",
            "own",
            "same",
            "she",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "yours",
            "mr",
            "mrs",
            "ms",
            "al",
            "el",
            "said",
            "says",
            "say",
            "saying",
            "told",
            "tell",
            "tells",
            "according",
            "added",
            "adds",
            "reported",
            "reports",
            "stated",
            "noted",
            "since",
            "within",
            "last",
            "per",
            "cent",
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
            "there's",
            "it's",
            "we're",
            "they're",
            "don't",
            "didn't",
            "won't",
            "can't",
            "new",
            "among",
            "may",
            "might",
            "must");

    private ContentWords() {}

    /** The content-word keys of {@code text}, in text order, repeats kept. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                out.add(number(token));
                continue;
            }
            String word = token.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (word.length() < 2 || STOP.contains(word)) {
                continue;
            }
            out.add(LightStemmer.stem(word));
        }
        return out;
    }

    /** True for a function word or reporting verb (lower case). */
    public static boolean isStopWord(String lowerCaseWord) {
        return STOP.contains(lowerCaseWord);
    }

    private static String number(String token) {
        // "50,000" and "50.000" both group thousands in news; a single separator before 1-2 digits is a decimal.
        String[] parts = token.split("[.,]");
        if (parts.length == 2 && parts[1].length() != 3) {
            return parts[0] + "." + parts[1];
        }
        return String.join("", parts);
    }
}
