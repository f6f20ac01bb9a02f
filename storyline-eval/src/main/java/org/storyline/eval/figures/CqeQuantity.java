package org.storyline.eval.figures;

import java.util.List;
import java.util.Objects;

/**
 * One quantity in the form the CQE evaluation compares: gold from the test set or a system's prediction.
 *
 * @param value the number or range
 * @param normalizedUnit the normalized unit as written in the data ({@code "dollar"}, {@code "-"} for none); the
 *     scorer compares it lower-cased, and sorts by it as written
 * @param change {@code =, ~, >, <, up, down}
 * @param concepts the words the quantity is about ({@code ["-"]} when none), compared lower-cased as a set
 */
public record CqeQuantity(CqeValue value, String normalizedUnit, String change, List<String> concepts) {
    public CqeQuantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(normalizedUnit, "normalizedUnit");
        Objects.requireNonNull(change, "change");
        concepts = List.copyOf(concepts);
    }
}
