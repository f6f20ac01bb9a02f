package org.storyline.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a manifest says about one input; every value given overrides what extraction found.
 *
 * @param published the publication day, if given (it becomes a {@code SUPPLIED} date)
 * @param outlet the outlet's name, or empty when not given
 * @param url the article's original URL, or empty when not given
 */
public record ManifestEntry(Optional<LocalDate> published, String outlet, String url) {
    public ManifestEntry {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
    }
}
