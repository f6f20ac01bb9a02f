package org.storyline.eval.ner;

import java.util.List;

/** The sentences between two {@code -DOCSTART-} lines of a CoNLL file. */
public record ConllDocument(List<ConllSentence> sentences) {
    public ConllDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
