package org.storyline.cli.render;

/** Text made safe to place in HTML element content or in a quoted attribute value. */
final class HtmlText {
    private HtmlText() {}

    /** {@code text} with {@code & < > " '} replaced by character references; nothing else changes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
