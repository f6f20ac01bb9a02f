package org.storyline.eval.timeline;

import java.util.ArrayList;
import java.util.List;
import org.storyline.eval.BadDataException;

/**
 * Parses the text of a Python list of string literals ({@code ['a', "b's"]}) as written by {@code str(list)}:
 * single- or double-quoted strings with backslash escapes ({@code backslash, quote, n, t, r, x and u escapes}).
 */
final class PythonStringList {
    private PythonStringList() {}

    static List<String> parse(String text, String source) {
        List<String> out = new ArrayList<>();
        String s = text.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new BadDataException(source + ": expected a Python list of strings, found '" + abbreviate(s) + "'");
        }
        int i = 1;
        while (i < s.length() - 1) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                StringBuilder value = new StringBuilder();
                i = literal(s, i, c, value, source);
                out.add(value.toString());
            } else if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else {
                throw new BadDataException(source + ": unexpected '" + c + "' in a Python list of strings");
            }
        }
        return out;
    }

    /** Reads the literal opening at {@code start}; returns the index after its closing quote. */
    private static int literal(String s, int start, char quote, StringBuilder value, String source) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'x' -> {
                        value.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                        i += 2;
                    }
                    case 'u' -> {
                        value.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> value.append(e);
                }
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new BadDataException(source + ": unterminated string in a Python list");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
