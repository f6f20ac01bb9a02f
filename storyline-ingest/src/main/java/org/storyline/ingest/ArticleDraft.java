package org.storyline.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.PublishedDate;

/**
 * An article before it has an id: everything read from one input, plus which story of that input it is.
 *
 * @param location the input it came from (path or URL), as the user or the feed named it
 * @param part 1 for the main story of the input, 2 for a split-off second story
 */
record ArticleDraft(
        String location,
        int part,
        String url,
        String outlet,
        String title,
        List<String> authors,
        Optional<PublishedDate> published,
        String language,
        String text) {
    ArticleDraft {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (part < 1) {
            throw new IllegalArgumentException("expected a part from 1, found " + part);
        }
    }

    ArticleDraft withUrl(String newUrl) {
        return new ArticleDraft(location, part, newUrl, outlet, title, authors, published, language, text);
    }

    ArticleDraft withOutlet(String newOutlet) {
        return new ArticleDraft(location, part, url, newOutlet, title, authors, published, language, text);
    }

    ArticleDraft withTitle(String newTitle) {
        return new ArticleDraft(location, part, url, outlet, newTitle, authors, published, language, text);
    }

    ArticleDraft withAuthors(List<String> newAuthors) {
        return new ArticleDraft(location, part, url, outlet, title, newAuthors, published, language, text);
    }

    ArticleDraft withPublished(Optional<PublishedDate> newPublished) {
        return new ArticleDraft(location, part, url, outlet, title, authors, newPublished, language, text);
    }

    Article toArticle(String id) {
        return new Article(id, url, outlet, title, authors, published, language, text);
    }
}
