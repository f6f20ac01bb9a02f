package org.storyline.ingest.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Diagnostic;
import org.storyline.model.PublishedDate;

/**
 * Result of extracting one HTML page.
 *
 * @param title the headline without a site-name suffix, or empty when none was found
 * @param authors cleaned author names in page order, without duplicates; possibly empty
 * @param published the publication day and where it was found, if any
 * @param outlet the publisher name from {@code og:site_name} or JSON-LD, or empty; callers fall back to the host
 * @param language an ISO 639-1 code, or {@code "und"} when unknown
 * @param body the article text: paragraphs separated by exactly one blank line, no leading or trailing
 *     whitespace, the title not repeated; empty when no article text was found
 * @param diagnostics problems found, e.g. {@code EXTRACT_NO_BODY}
 */
public record Extraction(
        String title,
        List<String> authors,
        Optional<PublishedDate> published,
        String outlet,
        String language,
        String body,
        List<Diagnostic> diagnostics) {
    public Extraction {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        diagnostics = List.copyOf(diagnostics);
    }
}
