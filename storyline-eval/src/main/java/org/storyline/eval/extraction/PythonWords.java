package org.storyline.eval.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of Python's {@code re.findall(r'\w+', text)} on a {@code str}: maximal runs of letters (Unicode
 * categories L*), numbers (Nd, Nl, No) and underscores. Java's own {@code \w}, even with
 * UNICODE_CHARACTER_CLASS, also counts combining marks, so it would split words differently.
 */
public final class PythonWords {
    private PythonWords() {}

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
