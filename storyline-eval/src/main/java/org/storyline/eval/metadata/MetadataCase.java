package org.storyline.eval.metadata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the trafilatura evaluation set with its metadata ground truth.
 *
 * @param url the page's URL (the key in {@code evaldata.json})
 * @param html where the gzip-compressed HTML is
 * @param title the annotated title, when annotated and not empty
 * @param authors the annotated author names (a string as written, or the items of a list), empty when none
 * @param date the annotated publication day, when annotated and not empty
 */
public record MetadataCase(
        String url, Path html, Optional<String> title, List<String> authors, Optional<LocalDate> date) {
    public MetadataCase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(date, "date");
    }
}
