package org.storyline.cli.render;

/** Text from the sources made safe to place inside a line of Markdown. */
final class MarkdownText {
    private MarkdownText() {}

    /**
     * {@code text} on one line (runs of whitespace become one space) with every character that Markdown could
     * read as markup or raw HTML backslash-escaped, so that source text always renders as text. An underscore
     * inside a word ({@code INPUT_EMPTY}) cannot start emphasis and is left alone, to keep the raw text readable.
     */
    static String escape(String text) {
        String oneLine = oneLine(text);
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            boolean inWord = c == '_'
                    && i > 0
                    && i + 1 < oneLine.length()
                    && Character.isLetterOrDigit(oneLine.charAt(i - 1))
                    && Character.isLetterOrDigit(oneLine.charAt(i + 1));
            if ("\\`*_[]<>|#~".indexOf(c) >= 0 && !inWord) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code text} on one line as a code span, fenced with more backticks than it holds in a row. */
    static String code(String text) {
        String oneLine = oneLine(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < oneLine.length(); i++) {
            run = oneLine.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // a space keeps a backtick at either end from joining the fence; CommonMark strips one such space
        String pad = longest > 0 ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
