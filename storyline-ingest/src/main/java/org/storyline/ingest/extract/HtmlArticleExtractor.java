package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storyline.model.Diagnostic;

/**
 * Extracts the article body and its metadata (title, authors, publication date, outlet, language) from
 * one HTML page.
 *
 * <p>Thread-safe and stateless: one instance may be shared. Never throws on bad HTML; a page without
 * article text yields an empty body and an {@code EXTRACT_NO_BODY} diagnostic.
 */
public final class HtmlArticleExtractor {

    public HtmlArticleExtractor() {}

    /**
     * Extracts one page.
     *
     * @param html the page source, possibly broken or empty
     * @param url the page URL or file path (used for relative links, URL dates and diagnostics)
     * @return the extraction; never null
     */
    public Extraction extract(String html, String url) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(url, "url");
        Document doc = Jsoup.parse(html, url);
        List<Diagnostic> diagnostics = new ArrayList<>();
        String title = doc.title().strip();
        String body = doc.body() == null ? "" : doc.body().text().strip();
        if (body.isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    "EXTRACT_NO_BODY", "no article text found; check that the page is an article", url));
        }
        return new Extraction(title, List.of(), Optional.empty(), "", "und", body, diagnostics);
    }
}
