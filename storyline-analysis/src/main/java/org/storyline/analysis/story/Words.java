package org.storyline.analysis.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into lower-case words of letters and digits; everything else separates words. */
final class Words {

    private Words() {}

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
