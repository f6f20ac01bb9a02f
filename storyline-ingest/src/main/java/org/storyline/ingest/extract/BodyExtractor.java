package org.storyline.ingest.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the clean article text of a page: prunes page furniture, scores containers, collects the
 * blocks of the best one with its siblings, and filters non-prose blocks.
 *
 * <p>Stateless and thread-safe; the given document is not modified (a copy is pruned).
 */
final class BodyExtractor {
    private static final int SHORT_BODY = 250;

    /** The body text, paragraphs separated by a blank line; empty when there is no article text. */
    String extract(Document original, String title, List<String> authors) {
        BlockFilter filter = new BlockFilter(title, authors);
        String body = attempt(original, filter, true);
        if (body.length() < SHORT_BODY) {
            // Furniture pruning can remove the article on sites with odd class names: retry without it.
            String retry = attempt(original, filter, false);
            if (retry.length() > body.length() * 2) {
                body = retry;
            }
        }
        return body;
    }

    private static String attempt(Document original, BlockFilter filter, boolean pruneFurniture) {
        Document doc = original.clone();
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        DomPruner.prune(body, pruneFurniture);
        List<Element> roots = new ContentScorer().select(body);
        if (roots.isEmpty()) {
            return "";
        }
        ContentCleaner.clean(roots);
        return filter.filter(BlockCollector.collect(roots)).stream()
                .map(TextBlock::text)
                .collect(Collectors.joining("\n\n"));
    }
}
