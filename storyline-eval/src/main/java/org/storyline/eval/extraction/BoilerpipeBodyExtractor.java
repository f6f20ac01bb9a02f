package org.storyline.eval.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** Peer: boilerpipe 1.2.x's {@code ArticleExtractor} (the Java original the benchmark's 2019 run wrapped). */
public final class BoilerpipeBodyExtractor implements BodyExtractor {
    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String body(String html, String url) {
        try {
            String text = ArticleExtractor.INSTANCE.getText(html);
            return text == null ? "" : text;
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            // a peer failing on one page scores that page as empty, as the benchmark's runners do
            return "";
        }
    }
}
