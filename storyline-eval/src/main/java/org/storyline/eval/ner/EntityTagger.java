package org.storyline.eval.ner;

import java.util.List;

/** A named-entity tagger under evaluation. Implementations load their models once and are thread-safe. */
public interface EntityTagger {
    /** The system's name in reports, lower case. */
    String name();

    /** Whether the tagger can label MISC at all; 3-class taggers are scored on PER+LOC+ORG only. */
    boolean producesMisc();

    /** CoNLL tags ({@code B-PER}, {@code I-LOC}, {@code O}, ...) for every token of every sentence of {@code document}. */
    List<List<String>> tag(ConllDocument document);
}
