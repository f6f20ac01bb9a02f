package org.storyline.analysis.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.Span;

/**
 * Decides where sentences end inside a block of text that no hard break interrupts. Stateless.
 *
 * <p>A candidate is a run of {@code . ? ! …} followed by optional closing quotes or brackets and then
 * whitespace. It is rejected when the next word starts in lower case (this keeps {@code "...?" he
 * asked} and ellipses inside a sentence together), and for a single period after a title, a
 * number-prefix abbreviation before a number, or an inner abbreviation. After dotted acronyms
 * ("U.S."), single initials ("John F. Kennedy") and company suffixes ("Inc.") a sentence ends only
 * when the next word is a typical sentence opener ("The", "He", ...).
 */
final class BoundaryRules {

    /** Abbreviations that precede a name and so never end a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "sgt", "st", "prof", "rep", "sen", "gov", "capt",
            "cmdr", "adm", "rev", "hon", "pres", "brig", "cpl", "pvt", "supt", "insp", "mt", "ft", "messrs", "lt.col",
            "gens", "sens", "reps");

    /** Abbreviations that never end a sentence. */
    private static final Set<String> INNER = Set.of("vs", "v", "e.g", "i.e", "cf", "approx", "ca", "viz", "al");

    /** Abbreviations that do not end a sentence when a number follows ("No. 5", "Aug. 18"). */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "art", "p", "pp", "vol", "fig", "ch", "sec", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** Abbreviations that end a sentence only when a typical sentence opener follows. */
    private static final Set<String> AMBIGUOUS = Set.of(
            "inc", "corp", "ltd", "co", "jr", "sr", "etc", "bros", "plc", "llc", "ave", "blvd", "rd", "dept", "univ",
            "assn", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words that typically open a sentence; they confirm a boundary after an ambiguous period. */
    private static final Set<String> OPENERS = Set.of(
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "this",
            "that",
            "these",
            "those",
            "there",
            "his",
            "her",
            "their",
            "its",
            "our",
            "in",
            "on",
            "at",
            "as",
            "after",
            "before",
            "when",
            "while",
            "if",
            "but",
            "and",
            "so",
            "yet",
            "however",
            "meanwhile",
            "since",
            "for",
            "some",
            "many",
            "most",
            "all",
            "no",
            "one",
            "two",
            "three",
            "what",
            "who",
            "why",
            "how",
            "where",
            "mr",
            "mrs",
            "ms",
            "dr",
            "officials",
            "according",
            "last",
            "earlier",
            "later",
            "both",
            "each",
            "such",
            "other",
            "another",
            "then",
            "now",
            "still",
            "also",
            "despite",
            "although",
            "though",
            "because",
            "during",
            "until",
            "instead",
            "asked");

    /** Offsets just after each sentence end inside {@code block}, excluding the block's own end. */
    List<Integer> boundaries(String text, Span block) {
        List<Integer> out = new ArrayList<>();
        int end = block.end();
        int i = block.start();
        while (i < end) {
            if (!isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int j = i;
            while (j < end && isTerminal(text.charAt(j))) {
                j++;
            }
            while (j < end && isCloser(text.charAt(j))) {
                j++;
            }
            if (j < end && Character.isWhitespace(text.charAt(j)) && endsSentence(text, runStart, j, end)) {
                out.add(j);
            }
            i = j;
        }
        return out;
    }

    private boolean endsSentence(String text, int runStart, int runEnd, int end) {
        int next = firstWordStart(text, runEnd, end);
        if (next < 0) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        boolean singlePeriod = text.charAt(runStart) == '.'
                && (runStart + 1 >= text.length() || !isTerminal(text.charAt(runStart + 1)));
        if (!singlePeriod) {
            return true;
        }
        String word = wordBefore(text, runStart);
        String key = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(key) || INNER.contains(key)) {
            return false;
        }
        if (BEFORE_NUMBER.contains(key) && Character.isDigit(text.charAt(next))) {
            return false;
        }
        if (AMBIGUOUS.contains(key) || isDottedAcronym(word) || isInitial(word)) {
            return OPENERS.contains(nextWord(text, next, end).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** The characters between the previous whitespace (or opening punctuation) and {@code period}. */
    private static String wordBefore(String text, int period) {
        int s = period;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        while (s < period && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        return text.substring(s, period);
    }

    private static String nextWord(String text, int start, int end) {
        int e = start;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(start, e);
    }

    /** "U.S", "U.N", "a.m" (the final period is not part of {@code word}). */
    private static boolean isDottedAcronym(String word) {
        return word.length() >= 3 && word.matches("(?:\\p{L}\\.)+\\p{L}");
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** The first letter or digit after {@code from}, skipping whitespace and opening punctuation; -1 if none. */
    private static int firstWordStart(String text, int from, int end) {
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return k;
            }
        }
        return -1;
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }
}
