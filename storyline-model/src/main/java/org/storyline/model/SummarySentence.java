package org.storyline.model;

import java.util.List;
import java.util.Objects;

/** A sentence of a story's summary with every sentence in the sources that reports the same thing. */
public record SummarySentence(String text, List<Evidence> evidence) {
    public SummarySentence {
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a summary sentence needs at least one evidence: " + text);
        }
    }
}
