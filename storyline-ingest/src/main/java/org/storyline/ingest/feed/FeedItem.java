package org.storyline.ingest.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an RSS or Atom feed: where the article is and what the feed says about it.
 *
 * @param link the absolute URL of the article, or empty when the entry has no usable link
 * @param title the entry title, or empty
 * @param authors the entry's authors, possibly empty
 * @param published the entry's publication (or else update) day in UTC, if given
 */
public record FeedItem(String link, String title, List<String> authors, Optional<LocalDate> published) {
    public FeedItem {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
    }
}
