package org.storyline.eval.grouping;

import java.util.Objects;

/**
 * An ECB+ document as the grouping task sees it.
 *
 * @param id the file name without {@code .xml} ({@code 1_10ecbplus})
 * @param topic the topic number ({@code 1})
 * @param subTopic the gold story: topic plus corpus half, {@code 1/ecb} or {@code 1/ecbplus}
 * @param text the tokens joined into text, one sentence per line
 */
public record EcbDocument(String id, int topic, String subTopic, String text) {
    public EcbDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subTopic, "subTopic");
        Objects.requireNonNull(text, "text");
    }
}
