package org.storyline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article after extraction: clean body text plus metadata.
 *
 * <p>{@code text} is the body only (the title is separate); paragraphs are separated by a blank line
 * ({@code "\n\n"}), and every span in the system is an offset into it.
 *
 * @param id a stable, short, unique id within a run (e.g. {@code a1}, or a hash of the location)
 * @param url the URL or file path it came from
 * @param outlet the publishing outlet ("Daily Sabah"), or empty when unknown
 * @param title the headline, or empty when unknown
 * @param authors bylines, possibly empty
 * @param published the publication day and where it came from, if known
 * @param language an ISO 639-1 code ("en"), or "und" when unknown
 * @param text the body text
 */
public record Article(
        String id,
        String url,
        String outlet,
        String title,
        List<String> authors,
        Optional<PublishedDate> published,
        String language,
        String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** The characters of {@code text} that {@code span} covers. */
    public String text(Span span) {
        return span.of(text);
    }
}
