package org.storyline.analysis.sentence;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;

/** Finds paragraphs and headline lines: the hard limits no sentence may cross. */
final class Paragraphs {

    private Paragraphs() {}

    /**
     * The non-blank paragraphs of {@code text}, trimmed, in order. Paragraphs are separated by a blank
     * line; a text with no blank line at all is read as one paragraph per line.
     */
    static List<Span> of(String text) {
        boolean blankLineSeparated = hasBlankLine(text);
        List<Span> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                int after = blankLineSeparated ? endOfBlankLines(text, i) : i + 1;
                if (after > i) {
                    addTrimmed(text, start, i, out);
                    start = after;
                    i = after;
                    continue;
                }
            }
            i++;
        }
        addTrimmed(text, start, text.length(), out);
        return out;
    }

    /**
     * Cuts a paragraph after every line that is a headline: short, without sentence-final punctuation,
     * and not continued in lower case on the next line. Other single line breaks are plain whitespace.
     */
    static List<Span> headlineBlocks(String text, Span paragraph, int maxHeadlineLine) {
        List<Span> out = new ArrayList<>();
        int blockStart = paragraph.start();
        int lineStart = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            if (isHeadlineLine(text, lineStart, i, maxHeadlineLine)
                    && !continuesInLowerCase(text, i + 1, paragraph.end())) {
                out.add(new Span(blockStart, i));
                blockStart = i + 1;
            }
            lineStart = i + 1;
        }
        out.add(new Span(blockStart, paragraph.end()));
        return out;
    }

    private static boolean isHeadlineLine(String text, int start, int end, int maxHeadlineLine) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = start;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (s == e || e - s > maxHeadlineLine) {
            return false;
        }
        int last = e - 1;
        while (last > s && BoundaryRules.isCloser(text.charAt(last))) {
            last--;
        }
        char c = text.charAt(last);
        // a line ending in a comma, dash or conjunction-like punctuation is wrapped text, not a headline
        return !BoundaryRules.isTerminal(c) && c != ',' && c != ';' && c != ':' && c != '-' && c != '\u2014';
    }

    private static boolean continuesInLowerCase(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static boolean hasBlankLine(String text) {
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (endOfBlankLines(text, i) > i) {
                return true;
            }
        }
        return false;
    }

    /**
     * If a blank line starts at the newline {@code newline} (newline, optional spaces, newline), the
     * offset after the last such blank line; otherwise {@code newline} itself.
     */
    private static int endOfBlankLines(String text, int newline) {
        int result = newline;
        int i = newline + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                result = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return result;
    }

    /** Adds {@code [start, end)} without its leading and trailing whitespace, unless nothing is left. */
    static void addTrimmed(String text, int start, int end, List<Span> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Span(s, e));
        }
    }
}
