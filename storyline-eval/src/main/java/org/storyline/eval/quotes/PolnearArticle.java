package org.storyline.eval.quotes;

import java.util.List;
import java.util.Objects;

/** A PolNeAR article: its text and the attributions of the chosen annotator. */
public record PolnearArticle(String name, String annotator, String text, List<Attribution> gold) {
    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
    }
}
