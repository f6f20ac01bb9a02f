package org.storyline.analysis.quote;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Span;

/**
 * Finds quoted text: straight (") and curly (“ ”) double quotes, two apostrophes ('') as typewritten
 * archives write a double quote, guillemets, and single quotes (‘ ’ or ') when they stand at word edges,
 * so that apostrophes ("don't", "Aleppo's") are never read as marks.
 * A quote still open at the end of a paragraph continues when the next paragraph opens with a quote
 * mark, as news style writes a multi-paragraph quote.
 */
final class QuoteMarks {
    private QuoteMarks() {}

    static List<QuotedText> find(String text) {
        List<QuotedText> found = new ArrayList<>();
        int open = -1;
        boolean single = false;
        int openWidth = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int width = doubleApostrophe(text, i) ? 2 : 1;
            char c = width == 2 ? '"' : text.charAt(i);
            if (c == '\n') {
                int next = skipBlank(text, i);
                if (open >= 0) {
                    if (!single && next < n && (isDoubleOpener(text.charAt(next)) || doubleApostrophe(text, next))) {
                        i = next + (doubleApostrophe(text, next) ? 2 : 1); // the quote goes on in the next paragraph
                        continue;
                    }
                    if (!single) {
                        add(found, text, open, openWidth, i, i);
                    }
                    open = -1;
                }
                i = next;
                continue;
            }
            if (open >= 0 && !single && isDoubleCloser(c)) {
                add(found, text, open, openWidth, i, i + width);
                open = -1;
            } else if (open >= 0 && single && isSingleCloser(text, i)) {
                add(found, text, open, openWidth, i, i + 1);
                open = -1;
            } else if (isDoubleOpener(c) && (open < 0 || single) && !(i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                open = i;
                single = false;
                openWidth = width;
            } else if (open < 0 && isSingleOpener(text, i)) {
                open = i;
                single = true;
                openWidth = 1;
            }
            i += width;
        }
        if (open >= 0 && !single) {
            add(found, text, open, openWidth, n, n);
        }
        return List.copyOf(found);
    }

    private static int skipBlank(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Two apostrophes in a row, not part of a longer run. */
    private static boolean doubleApostrophe(String text, int i) {
        return text.startsWith("''", i)
                && (i + 2 == text.length() || text.charAt(i + 2) != '\'')
                && (i == 0 || text.charAt(i - 1) != '\'');
    }

    private static boolean isDoubleOpener(char c) {
        return c == '"' || c == '“' || c == '«' || c == '„';
    }

    private static boolean isDoubleCloser(char c) {
        return c == '"' || c == '”' || c == '»';
    }

    private static boolean isSingleOpener(String text, int i) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'') {
            return false;
        }
        boolean edgeBefore =
                i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return edgeBefore && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isSingleCloser(String text, int i) {
        char c = text.charAt(i);
        if (c != '’' && c != '\'') {
            return false;
        }
        boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        return wordBefore && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * Records the passage opened by a mark of {@code openWidth} characters at {@code open}, whose words end
     * at {@code to} and whose marks end at {@code close} ({@code to == close} for a quote left open).
     */
    private static void add(List<QuotedText> found, String text, int open, int openWidth, int to, int close) {
        int s = open + openWidth;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            found.add(new QuotedText(new Span(open, close), new Span(s, e), close > to));
        }
    }
}
