package org.storyline.eval.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a system found on a page.
 *
 * @param title the title, if any
 * @param authors the author names as the system gives them (one string may hold several names)
 * @param date the publication day, if any
 */
public record PageMetadata(Optional<String> title, List<String> authors, Optional<LocalDate> date) {
    public PageMetadata {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(date, "date");
    }

    public static PageMetadata none() {
        return new PageMetadata(Optional.empty(), List.of(), Optional.empty());
    }
}
