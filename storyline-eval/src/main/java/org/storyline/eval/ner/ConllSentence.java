package org.storyline.eval.ner;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their gold NER tags, as written (IOB1 or IOB2).
 *
 * @param tokens the tokens
 * @param tags one tag per token ({@code O}, {@code I-PER}, {@code B-LOC}, ...)
 */
public record ConllSentence(List<String> tokens, List<String> tags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size() || tokens.isEmpty()) {
            throw new IllegalArgumentException("expected one tag per token and at least one token, found "
                    + tokens.size() + " tokens and " + tags.size() + " tags");
        }
    }
}
