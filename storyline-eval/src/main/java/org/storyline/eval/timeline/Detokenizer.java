package org.storyline.eval.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Light detokenization of Penn-Treebank-style tokens ({@code "Thursday 's decrees -LRB- Sana -RRB- , said"}) back
 * into running text ({@code "Thursday's decrees (Sana), said"}), so that Storyline's sentence splitter and
 * recognizers see text as published. Brackets and {@code `` ''} are restored, punctuation and clitics attach to
 * the word before, opening brackets and quotes to the word after. Stateless.
 */
public final class Detokenizer {
    private static final Map<String, String> ESCAPES = Map.of(
            "-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]", "-LCB-", "{", "-RCB-", "}", "``", "“", "''", "”");
    private static final Set<String> ATTACH_LEFT = Set.of(
            ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "...", "'s", "'re", "'ve", "'ll", "'d", "'m", "n't",
            "'");
    private static final Set<String> ATTACH_RIGHT = Set.of("(", "[", "{", "“", "$", "#");

    private Detokenizer() {}

    /** The tokens of {@code line} (separated by white space) as text. */
    public static String detokenize(String line) {
        return join(List.of(line.strip().split("\\s+")));
    }

    /** The tokens as text. */
    public static String join(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String raw : tokens) {
            if (raw.isEmpty()) {
                continue;
            }
            String token = ESCAPES.getOrDefault(raw, raw);
            boolean attach = out.length() == 0
                    || ATTACH_LEFT.contains(token.toLowerCase(Locale.ROOT))
                    || ATTACH_RIGHT.contains(previous);
            if (!attach) {
                out.append(' ');
            }
            out.append(token);
            previous = token;
        }
        return out.toString();
    }
}
