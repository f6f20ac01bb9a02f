package org.storyline.eval.metadata;

import java.util.Optional;
import org.storyline.ingest.extract.Extraction;
import org.storyline.ingest.extract.HtmlArticleExtractor;
import org.storyline.model.PublishedDate;

/** Storyline's extractor: title, authors and publication day as the product finds them. */
public final class StorylineMetadata implements MetadataExtractor {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public String name() {
        return "storyline";
    }

    @Override
    public PageMetadata extract(String html, String url) {
        Extraction extraction = extractor.extract(html, url);
        Optional<String> title = extraction.title().isBlank() ? Optional.empty() : Optional.of(extraction.title());
        return new PageMetadata(
                title, extraction.authors(), extraction.published().map(PublishedDate::date));
    }
}
