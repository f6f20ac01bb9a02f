package org.storyline.eval.speed;

import java.util.Map;
import java.util.Set;

/**
 * Turns one line of Penn-Treebank-tokenized text ({@code He said `` no '' -LRB- twice -RRB- .}) back into
 * ordinary text ({@code He said "no" (twice).}), lightly: bracket and quote tokens are restored and the
 * spaces that tokenization put before punctuation and clitics, or after opening brackets, are removed.
 * Anything it does not recognise is kept as it is. Stateless, thread-safe.
 */
public final class PtbDetokenizer {
    private static final Map<String, String> REPLACED = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}", "``", "\"", "''", "\"");
    /** Tokens written against the word before them. */
    private static final Set<String> CLOSING = Set.of(
            ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't",
            "N'T", "...");
    /** Tokens written against the word after them. */
    private static final Set<String> OPENING = Set.of("(", "[", "{", "``", "$", "-LRB-", "-LSB-", "-LCB-");

    /** The line's tokens (split on runs of spaces) joined back into text. */
    public String detokenize(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean glueNext = true;
        for (String token : line.trim().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean closing =
                    CLOSING.contains(token) || token.equals("-RRB-") || token.equals("-RSB-") || token.equals("-RCB-");
            if (!glueNext && !closing) {
                out.append(' ');
            }
            out.append(REPLACED.getOrDefault(token, token));
            glueNext = OPENING.contains(token);
        }
        return out.toString();
    }

    /** Whitespace-separated tokens in a line: the token count both measured systems are credited with. */
    public static int tokenCount(String line) {
        int count = 0;
        boolean inToken = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }
}
