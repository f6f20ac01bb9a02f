package org.storyline.eval.extraction;

import org.storyline.ingest.extract.HtmlArticleExtractor;

/** Storyline's own extractor, as the product runs it. */
public final class StorylineBodyExtractor implements BodyExtractor {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public String name() {
        return "storyline";
    }

    @Override
    public String body(String html, String url) {
        return extractor.extract(html, url).body();
    }
}
