package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storyline.model.Diagnostic;
import org.storyline.model.PublishedDate;

/**
 * Extracts the article body and its metadata (title, authors, publication date, outlet, language) from
 * one HTML page.
 *
 * <p>Thread-safe and stateless: one instance may be shared. Never throws on bad HTML; a page without
 * article text yields an empty body and an {@code EXTRACT_NO_BODY} diagnostic.
 */
public final class HtmlArticleExtractor {
    private static final Pattern US_LANG = Pattern.compile("en");

    private final JsonLdReader jsonLdReader = new JsonLdReader();
    private final TitleExtractor titles = new TitleExtractor();
    private final AuthorExtractor authors = new AuthorExtractor();
    private final PublicationDateExtractor dates = new PublicationDateExtractor();
    private final BodyExtractor bodies = new BodyExtractor();

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
        MetaTags meta = MetaTags.of(doc);
        JsonLd jsonLd = jsonLdReader.read(doc, url, diagnostics);
        String outlet = meta.first("og:site_name", "application-name")
                .or(() -> publisher(jsonLd))
                .map(TitleExtractor::clean)
                .orElse("");
        String language = PageLanguage.of(doc, meta);
        String title = titles.extract(doc, jsonLd, meta, outlet).orElse("");
        List<String> names = authors.extract(doc, jsonLd, meta, outlet);
        Optional<PublishedDate> published =
                dates.extract(doc, jsonLd, meta, url, US_LANG.matcher(language).matches());
        String body = bodies.extract(doc, title, names);
        report(diagnostics, url, title, published, body);
        return new Extraction(title, names, published, outlet, language, body, diagnostics);
    }

    private static Optional<String> publisher(JsonLd jsonLd) {
        for (var o : jsonLd.articles()) {
            Optional<String> name = JsonLd.text(o.get("publisher"));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static void report(
            List<Diagnostic> diagnostics, String url, String title, Optional<PublishedDate> published, String body) {
        if (body.isEmpty()) {
            diagnostics.add(Diagnostic.error(
                    "EXTRACT_NO_BODY",
                    "no article text found; check that the page is an article and not a JavaScript shell",
                    url));
        }
        if (title.isEmpty()) {
            diagnostics.add(Diagnostic.info("EXTRACT_NO_TITLE", "no headline found; the article has no title", url));
        }
        if (published.isEmpty()) {
            diagnostics.add(Diagnostic.info(
                    "EXTRACT_NO_DATE",
                    "no publication date found; supply one with a manifest to place the article in time",
                    url));
        }
    }
}
