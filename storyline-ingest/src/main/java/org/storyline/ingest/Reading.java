package org.storyline.ingest;

import java.util.List;
import org.storyline.ingest.feed.FeedItem;
import org.storyline.model.Diagnostic;

/**
 * What one page held: articles, or (for a feed) the entries still to fetch, and what was noticed.
 *
 * @param drafts the articles read, main story first
 * @param feedItems the entries of a feed, in feed order; empty for other pages
 * @param diagnostics problems and notes, in the order they arose
 */
record Reading(List<ArticleDraft> drafts, List<FeedItem> feedItems, List<Diagnostic> diagnostics) {
    Reading {
        drafts = List.copyOf(drafts);
        feedItems = List.copyOf(feedItems);
        diagnostics = List.copyOf(diagnostics);
    }

    static Reading failed(Diagnostic problem) {
        return new Reading(List.of(), List.of(), List.of(problem));
    }
}
