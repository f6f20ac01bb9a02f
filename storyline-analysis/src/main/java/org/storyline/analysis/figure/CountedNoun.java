package org.storyline.analysis.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The head noun of what a number counts ("46 people" → "person", "200 additional military personnel" →
 * "personnel"), read from the words after the number up to the first function word, verb or punctuation.
 * The head is the last word of that run, in the singular and lower case.
 */
final class CountedNoun {
    /**
     * What follows the number: {@code what} is the singular head (empty when none), {@code end} the token
     * after the noun phrase, {@code inherits} true for "dozens more" / "12 others", which count the same
     * thing as the figure before them.
     */
    record Reading(String what, int end, boolean inherits) {}

    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "nor",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "by",
            "with",
            "as",
            "into",
            "onto",
            "than",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "this",
            "these",
            "those",
            "there",
            "their",
            "its",
            "his",
            "her",
            "our",
            "my",
            "your",
            "them",
            "they",
            "he",
            "she",
            "it",
            "we",
            "you",
            "i",
            "have",
            "has",
            "had",
            "having",
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "being",
            "will",
            "would",
            "could",
            "can",
            "may",
            "might",
            "should",
            "must",
            "shall",
            "do",
            "does",
            "did",
            "not",
            "no",
            "also",
            "already",
            "still",
            "now",
            "then",
            "just",
            "only",
            "each",
            "per",
            "since",
            "after",
            "before",
            "during",
            "over",
            "under",
            "between",
            "among",
            "including",
            "while",
            "when",
            "where",
            "if",
            "so",
            "such",
            "against",
            "across",
            "toward",
            "towards",
            "via",
            "about",
            "around",
            "near",
            "up",
            "down",
            "out",
            "off",
            "like",
            "all",
            "both",
            "said",
            "says",
            "say",
            "told",
            "according",
            "ago",
            "earlier",
            "later",
            "last",
            "next",
            "more",
            "less",
            "fewer",
            "most",
            "remain",
            "remained",
            "remains",
            "live",
            "work",
            "die",
            "flee",
            "leave",
            "left",
            "went",
            "came",
            "got",
            "took",
            "made",
            "fell",
            "rose",
            "saw",
            "became",
            "stood",
            "within",
            "through",
            "throughout",
            "inside",
            "outside",
            "beyond",
            "upon",
            "amid",
            "amidst",
            "despite",
            "without",
            "along",
            "behind",
            "following",
            "alone",
            "ahead",
            "away",
            "back",
            "here",
            "today",
            "yesterday",
            "tomorrow");
    private static final Set<String> INHERITING = Set.of("more", "others", "other", "additional", "extra", "new");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"),
            Map.entry("persons", "person"),
            Map.entry("children", "child"),
            Map.entry("men", "man"),
            Map.entry("women", "woman"),
            Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"),
            Map.entry("mice", "mouse"),
            Map.entry("geese", "goose"),
            Map.entry("lives", "life"),
            Map.entry("wives", "wife"),
            Map.entry("knives", "knife"),
            Map.entry("halves", "half"),
            Map.entry("leaves", "leaf"),
            Map.entry("thieves", "thief"),
            Map.entry("crises", "crisis"),
            Map.entry("buses", "bus"),
            Map.entry("analyses", "analysis"),
            Map.entry("those", "person"));
    private static final Set<String> INVARIANT = Set.of(
            "police",
            "personnel",
            "staff",
            "data",
            "media",
            "series",
            "species",
            "news",
            "sheep",
            "fish",
            "aircraft",
            "cattle",
            "livestock",
            "press",
            "gas",
            "bus",
            "status",
            "virus",
            "campus",
            "chorus",
            "census",
            "focus",
            "bonus",
            "basis",
            "thesis",
            "analysis",
            "crisis",
            "axis");
    private static final int MAX_RUN = 5;

    private CountedNoun() {}

    /**
     * Reads the counted noun phrase starting at token {@code from}; {@code allowOf} admits a leading "of"
     * ("thousands of residents", "a million of them").
     */
    static Reading read(List<Token> tokens, int from, int limit, boolean allowOf) {
        int j = from;
        if (allowOf && j < limit && tokens.get(j).is("of")) {
            j++;
            if (j < limit && tokens.get(j).is("the")) {
                j++;
            }
        }
        if (j < limit
                && tokens.get(j).isWord()
                && INHERITING.contains(tokens.get(j).lower())) {
            Optional<Reading> after = run(tokens, j + 1, limit);
            if (after.isPresent()) {
                return after.get();
            }
            return new Reading("", j + 1, true);
        }
        return run(tokens, j, limit).orElse(new Reading("", from, false));
    }

    private static Optional<Reading> run(List<Token> tokens, int from, int limit) {
        int j = from;
        int words = 0;
        String head = "";
        int end = from;
        while (j < limit && words < MAX_RUN) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                break;
            }
            String w = t.lower();
            boolean stop = STOP.contains(w)
                    || Events.at(tokens, j).isPresent()
                    || w.endsWith("ly") && !w.equals("elderly")
                    || words > 0 && w.endsWith("ed")
                    || words > 0 && t.capitalized() && !tokens.get(j - 1).capitalized();
            if (stop) {
                break;
            }
            // "cease-fire", "opposition-held": a hyphenated compound is one word
            int k = j;
            String word = w;
            while (k + 2 < limit
                    && tokens.get(k + 1).is("-")
                    && tokens.get(k).touches(tokens.get(k + 1))
                    && tokens.get(k + 1).touches(tokens.get(k + 2))
                    && tokens.get(k + 2).isWord()) {
                word = word + "-" + tokens.get(k + 2).lower();
                k += 2;
            }
            head = word;
            words++;
            j = k + 1;
            end = j;
        }
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(singular(head), end, false));
    }

    /** True for words that cannot be part of a counted noun phrase ("for", "the", "were"). */
    static boolean isFunctionWord(String lower) {
        return STOP.contains(lower);
    }

    /** "civilians" → "civilian", "people" → "person", "casualties" → "casualty"; invariant nouns kept. */
    static String singular(String lower) {
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (INVARIANT.contains(lower) || lower.length() < 3) {
            return lower;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || !lower.endsWith("s")) {
            return lower;
        }
        return lower.substring(0, lower.length() - 1);
    }
}
