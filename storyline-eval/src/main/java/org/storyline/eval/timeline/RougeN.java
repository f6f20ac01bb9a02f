package org.storyline.eval.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N counts as ROUGE-1.5.5 computes them with tilse's settings ({@code -m -s -t 2}, one reference):
 *
 * <ol>
 *   <li>each sentence is the system's or reference's tokens joined by spaces, cut at the first {@code <} (ROUGE
 *       reads it from an HTML line), with ASCII upper case lowered;
 *   <li>the sentences are joined by spaces, {@code -} is set apart, every character but ASCII letters, digits
 *       and {@code -} becomes a space;
 *   <li>tokens that are stop words ({@link RougeStopWords}) are dropped, as are tokens not starting with a letter
 *       or digit; tokens longer than three characters are Porter-stemmed ({@link PorterStemmer});
 *   <li>n-grams run across sentence boundaries; hits are clipped per n-gram: {@code min(peer, model)}.
 * </ol>
 *
 * <p>Unlike ROUGE-1.5.5, irregular forms are not first looked up in its WordNet 2.0 exception database
 * ({@code went -> go}); only Porter stemming is applied. Stateless.
 */
public final class RougeN {
    private RougeN() {}

    /** The counts of {@code n}-grams of a system summary against one reference, each a list of sentences. */
    public static RougeCounts count(List<String> peer, List<String> model, int n) {
        Map<String, Integer> peerGrams = grams(tokens(peer), n);
        Map<String, Integer> modelGrams = grams(tokens(model), n);
        long hit = 0;
        for (Map.Entry<String, Integer> e : modelGrams.entrySet()) {
            Integer p = peerGrams.get(e.getKey());
            if (p != null) {
                hit += Math.min(p, e.getValue());
            }
        }
        return new RougeCounts(total(modelGrams), total(peerGrams), hit);
    }

    /** The tokens ROUGE counts for these sentences, after stop words and stemming. */
    public static List<String> tokens(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (String sentence : sentences) {
            String joined = String.join(" ", sentence.strip().split("\\s+"));
            int cut = joined.indexOf('<');
            String line = cut >= 0 ? joined.substring(0, cut) : joined;
            if (line.isEmpty()) {
                continue; // ROUGE's line pattern needs at least one character
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(asciiLower(line));
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                cleaned.append(" - ");
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                cleaned.append(c);
            } else {
                cleaned.append(' ');
            }
        }
        List<String> out = new ArrayList<>();
        for (String token : cleaned.toString().strip().split("\\s+")) {
            if (token.isEmpty() || RougeStopWords.contains(token)) {
                continue;
            }
            char first = token.charAt(0);
            if ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9')) {
                out.add(token.length() > 3 ? PorterStemmer.stem(token) : token);
            }
        }
        return out;
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static Map<String, Integer> grams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static long total(Map<String, Integer> grams) {
        long total = 0;
        for (int c : grams.values()) {
            total += c;
        }
        return total;
    }
}
