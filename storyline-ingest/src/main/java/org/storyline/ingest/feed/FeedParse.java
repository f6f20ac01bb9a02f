package org.storyline.ingest.feed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Diagnostic;

/**
 * A feed read into its entries, or why it could not be.
 *
 * @param items the entries in feed order; empty when {@code problem} is present
 * @param problem why there are no entries, if so
 */
public record FeedParse(List<FeedItem> items, Optional<Diagnostic> problem) {
    public FeedParse {
        items = List.copyOf(items);
        Objects.requireNonNull(problem, "problem");
    }

    static FeedParse of(List<FeedItem> items) {
        return new FeedParse(items, Optional.empty());
    }

    static FeedParse failed(Diagnostic problem) {
        return new FeedParse(List.of(), Optional.of(problem));
    }
}
