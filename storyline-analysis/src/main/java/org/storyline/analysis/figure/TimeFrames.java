package org.storyline.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Span;

/**
 * Phrases that bound a count in time: "within the last three days", "in three days", "over the past
 * week", "in almost five years of war", "since Tuesday", "since early 2011", "this week", "so far this
 * year". A point in time ("on Wednesday") is a date, not a time frame, and is left to date extraction.
 */
final class TimeFrames {
    private static final String NUM = "(?:\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|hundred|a few|few|several|a couple of|couple of)";
    private static final String UNIT = "(?:hours?|days?|weeks?|months?|years?|decades?|weekend)";
    private static final String HEDGE = "(?:(?:just|only|almost|nearly|about|around|roughly|some|more than|less than"
            + "|fewer than|over|under)\\s+)?";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)";
    private static final List<Pattern> PATTERNS = List.of(
            // within the last three days, over the past 24 hours, in the next few weeks, during the weekend
            Pattern.compile("(?i)\\b(?:within|in|over|during|for|throughout)\\s+the\\s+"
                    + "(?:(?:last|past|previous|next|first|following|preceding|coming)\\s+"
                    + "(?:" + NUM + "\\s+)?" + UNIT + "|weekend)\\b"),
            // in three days, within 48 hours, in almost five years of war
            Pattern.compile("(?i)\\b(?:within|in|over|during|for)\\s+" + HEDGE + NUM + "(?:-|\\s+)" + UNIT
                    + "(?:\\s+of\\s+(?:the\\s+)?(?:war|fighting|conflict|violence|clashes|siege|crisis"
                    + "|bombardment|bombing|protests?|unrest))?\\b"),
            // since Tuesday, since early 2011, since March 2011, since last week, since the start of the war
            Pattern.compile("(?i)\\bsince\\s+(?:the\\s+(?:start|beginning|outbreak|end)\\s+of\\s+(?:the\\s+)?"
                    + "[\\p{L}-]+|(?:early|late|mid-?)?\\s*(?:" + WEEKDAY + "|" + MONTH + "(?:\\s+\\d{1,2})?"
                    + "(?:,?\\s+\\d{4})?|\\d{4}|last\\s+(?:week|month|year|" + WEEKDAY + ")|then|yesterday))"),
            Pattern.compile("(?i)\\b(?:so\\s+far\\s+)?this\\s+(?:week|month|year)(?:\\s+alone)?\\b"),
            Pattern.compile("(?i)\\bso\\s+far\\b"));

    private TimeFrames() {}

    /** Every time-frame phrase in {@code [start, end)} of {@code text}, by position, not overlapping. */
    static List<Span> find(String text, int start, int end) {
        List<Span> found = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text).region(start, end);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (found.stream().noneMatch(f -> f.overlaps(s))) {
                    found.add(s);
                }
            }
        }
        found.sort(null);
        return List.copyOf(found);
    }
}
