package org.storyline.analysis.figure;

import java.util.Locale;

/**
 * A token of a figure search window: a run of letters, a run of digits with separators, or one other
 * character. Offsets are into the article text.
 */
record Token(int start, int end, String text, Kind kind) {
    enum Kind {
        WORD,
        NUMBER,
        SYMBOL,
        PUNCT
    }

    Token {
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("expected a non-empty token matching its offsets, found [" + start + ", "
                    + end + ") '" + text + "'");
        }
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when {@code next} follows this token with no character in between. */
    boolean touches(Token next) {
        return end == next.start;
    }
}
