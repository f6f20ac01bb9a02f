package org.storyline.ingest.extract;

import org.jsoup.nodes.Element;

/** Text measures of an element used to tell prose from link lists. */
final class TextStats {
    private TextStats() {}

    /** The share of the element's text that sits inside links, 0 for an element without text. */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }
}
