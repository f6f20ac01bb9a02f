package org.storyline.analysis.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of an attribution window, with offsets into the article text. Dotted
 * abbreviations stay whole ("U.S.", "Mr.", "Gen.") so that their dots do not read as sentence ends.
 */
record Word(int start, int end, String text) {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*(?:-[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’]*)*|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "sgt", "sen", "rep", "gov", "st", "jr", "sr", "prof",
            "capt", "cmdr", "adm", "brig", "rev", "gens", "messrs", "no", "vs", "inc", "corp", "co", "ltd");

    static List<Word> of(String text, int start, int end) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        int taken = start;
        while (m.find()) {
            if (m.start() < taken) {
                continue; // the dot of an abbreviation, already part of the word before it
            }
            int e = m.end();
            String t = m.group();
            if (e < end && text.charAt(e) == '.' && ABBREVIATIONS.contains(t.toLowerCase(Locale.ROOT))) {
                e++;
                t = t + ".";
            }
            words.add(new Word(m.start(), e, t));
            taken = e;
        }
        return words;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
