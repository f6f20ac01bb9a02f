package org.storyline.model;

import java.time.LocalDate;
import java.util.Objects;

/** A publication day with its provenance. */
public record PublishedDate(LocalDate date, DateSource source) {
    public PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
