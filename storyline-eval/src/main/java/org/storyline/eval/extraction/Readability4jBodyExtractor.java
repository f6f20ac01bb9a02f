package org.storyline.eval.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Peer: Readability4J (a Kotlin port of Mozilla's Readability.js), its {@code textContent}. */
public final class Readability4jBodyExtractor implements BodyExtractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String body(String html, String url) {
        Article article = new Readability4J(url, html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
