package org.storyline.analysis.text;

import java.util.List;

/** Month names as news writes them, full and abbreviated, lower case. */
public final class CalendarWords {

    /** "january" ... "december" and "jan" ... "dec" (also "sept"). */
    public static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    private CalendarWords() {}
}
