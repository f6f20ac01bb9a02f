package org.storyline.analysis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.analysis.text.FunctionWords;

/**
 * The content words of a text as matching keys: lower-cased ({@link Locale#ROOT}), stop words and reporting
 * verbs removed, light-stemmed, numbers normalised ("50,000" becomes "50000"), hyphenated words split
 * ("cease-fire" gives "cease" and "fire"). Used to compare sentences, never shown to users. Stateless and
 * thread-safe.
 */
public final class ContentWords {

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}[\\p{L}\\p{M}'’]*");

    /** Function words ({@link FunctionWords}), plus reporting verbs and number words that say nothing about what happened. */
    private static final Set<String> STOP = FunctionWords.plus(List.of(
            "al", "el", "saying", "tell", "tells", "added", "adds", "stated", "noted", "within", "cent", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "there's", "it's", "we're", "they're", "don't",
            "didn't", "won't", "can't", "among"));

    private ContentWords() {}

    /** The content-word keys of {@code text}, in text order, repeats kept. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                out.add(number(token));
                continue;
            }
            String word = token.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (word.length() < 2 || STOP.contains(word)) {
                continue;
            }
            out.add(LightStemmer.stem(word));
        }
        return out;
    }

    /** True for a function word or reporting verb (lower case). */
    public static boolean isStopWord(String lowerCaseWord) {
        return STOP.contains(lowerCaseWord);
    }

    private static String number(String token) {
        // "50,000" and "50.000" both group thousands in news; a single separator before 1-2 digits is a decimal.
        String[] parts = token.split("[.,]");
        if (parts.length == 2 && parts[1].length() != 3) {
            return parts[0] + "." + parts[1];
        }
        return String.join("", parts);
    }
}
