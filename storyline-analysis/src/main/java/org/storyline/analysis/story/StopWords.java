package org.storyline.analysis.story;

import java.util.Set;

/** English function words and news filler that say nothing about which event a report is about. */
final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
            "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
            "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
            "yours", "yourself", "said", "says", "say", "told", "according", "may", "might", "must",
            "one", "two", "new", "news", "reported", "report", "reports", "year", "years", "day", "days",
            "week", "weeks", "time", "people", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "last", "first", "since", "many", "much", "well", "still", "yet", "however",
            "although", "though", "around", "per", "via", "s", "t", "mr", "mrs", "ms", "dr");

    private StopWords() {}

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
