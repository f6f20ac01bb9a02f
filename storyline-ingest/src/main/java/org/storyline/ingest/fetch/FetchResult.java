package org.storyline.ingest.fetch;

import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Diagnostic;
import org.storyline.model.Page;

/**
 * What fetching one URL gave: the page, or the reason there is none.
 *
 * @param page the fetched page, if the fetch succeeded
 * @param problem why there is no page, if it failed
 */
public record FetchResult(Optional<Page> page, Optional<Diagnostic> problem) {
    public FetchResult {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(problem, "problem");
        if (page.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException(
                    "expected exactly one of page and problem, found " + (page.isPresent() ? "both" : "neither"));
        }
    }

    /** A successful read. */
    public static FetchResult of(Page page) {
        return new FetchResult(Optional.of(page), Optional.empty());
    }

    /** A failed read. */
    public static FetchResult failed(Diagnostic problem) {
        return new FetchResult(Optional.empty(), Optional.of(problem));
    }
}
