package org.storyline.ingest.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Removes link lists and teaser boxes from inside the chosen content elements, in place: a list, table
 * or box whose text is mostly links is navigation or "related stories", not article prose.
 */
final class ContentCleaner {
    private ContentCleaner() {}

    static void clean(List<Element> roots) {
        for (Element root : roots) {
            for (Element e : root.select("ul, ol, div, section, table, dl")) {
                if (e == root || e.parent() == null) {
                    continue;
                }
                String text = e.text();
                if (text.isEmpty()) {
                    continue;
                }
                double links = TextStats.linkDensity(e);
                if (links > 0.5 && text.length() < 2000 || links > 0.3 && BoilerplateHints.weight(e) < 0) {
                    e.remove();
                }
            }
        }
    }
}
