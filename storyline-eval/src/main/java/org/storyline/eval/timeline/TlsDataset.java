package org.storyline.eval.timeline;

import java.util.List;

/**
 * A timeline benchmark as read: the topics that can be run and, one line each, the topics that cannot (no input
 * articles) and why.
 */
public record TlsDataset(String name, List<TlsTopic> topics, List<String> skipped) {
    public TlsDataset {
        topics = List.copyOf(topics);
        skipped = List.copyOf(skipped);
    }
}
