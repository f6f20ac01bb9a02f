package org.storyline.eval.figures;

import java.util.List;
import java.util.Objects;

/** A test sentence with its gold quantities. */
public record CqeSentence(String text, List<CqeQuantity> gold) {
    public CqeSentence {
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }
}
