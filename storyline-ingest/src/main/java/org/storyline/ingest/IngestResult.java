package org.storyline.ingest;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Diagnostic;

/**
 * Everything read from a batch of inputs.
 *
 * @param articles the articles, in input order (directory entries by path, feed entries in feed order, a
 *     split-off second story right after its page's main story); ids are unique
 * @param diagnostics what was skipped or noticed, in input order
 */
public record IngestResult(List<Article> articles, List<Diagnostic> diagnostics) {
    public IngestResult {
        articles = List.copyOf(articles);
        diagnostics = List.copyOf(diagnostics);
    }
}
