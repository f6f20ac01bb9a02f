package org.storyline.eval.metadata;

import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Peer: Readability4J's title and byline; it has no publication date. */
public final class Readability4jMetadata implements MetadataExtractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public PageMetadata extract(String html, String url) {
        try {
            Article article = new Readability4J(url, html).parse();
            String title = article.getTitle();
            String byline = article.getByline();
            return new PageMetadata(
                    title == null || title.isBlank() ? Optional.empty() : Optional.of(title),
                    byline == null || byline.isBlank() ? List.of() : List.of(byline),
                    Optional.empty());
        } catch (RuntimeException e) {
            // a peer failing on one page scores as finding nothing there
            return PageMetadata.none();
        }
    }
}
