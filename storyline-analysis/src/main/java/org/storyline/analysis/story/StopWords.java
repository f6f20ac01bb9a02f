package org.storyline.analysis.story;

import java.util.List;
import java.util.Set;
import org.storyline.analysis.text.FunctionWords;

/**
 * English function words ({@link FunctionWords}) and news filler (weekdays, "people", "report") that say
 * nothing about which event a report is about.
 */
final class StopWords {

    private static final Set<String> WORDS = FunctionWords.plus(List.of(
            "myself",
            "ourselves",
            "themselves",
            "yourself",
            "news",
            "report",
            "year",
            "years",
            "day",
            "days",
            "week",
            "weeks",
            "time",
            "people",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "first",
            "many",
            "much",
            "well",
            "still",
            "yet",
            "however",
            "although",
            "though",
            "around",
            "via",
            "s",
            "t",
            "dr"));

    private StopWords() {}

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
