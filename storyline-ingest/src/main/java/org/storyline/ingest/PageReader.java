package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.ingest.content.BinarySniffer;
import org.storyline.ingest.content.ContentKind;
import org.storyline.ingest.content.ContentSniffer;
import org.storyline.ingest.content.TextDecoder;
import org.storyline.ingest.extract.Extraction;
import org.storyline.ingest.extract.HtmlArticleExtractor;
import org.storyline.ingest.feed.FeedParse;
import org.storyline.ingest.feed.FeedParser;
import org.storyline.ingest.language.EnglishDetector;
import org.storyline.ingest.scrape.ScrapeReader;
import org.storyline.ingest.scrape.ScrapedStory;
import org.storyline.model.Diagnostic;
import org.storyline.model.Page;
import org.storyline.model.Severity;

/**
 * Reads one page's bytes into article drafts (HTML page, plain-text scrape) or feed entries: rejects binary
 * and empty input, decodes the charset, decides the kind and hands the text to the right reader, then keeps
 * out clear non-English text.
 *
 * <p>Stateless and safe to share across threads.
 */
final class PageReader {
    private final HtmlArticleExtractor extractor;
    private final BinarySniffer binary = new BinarySniffer();
    private final TextDecoder decoder = new TextDecoder();
    private final ContentSniffer sniffer = new ContentSniffer();
    private final FeedParser feeds = new FeedParser();
    private final ScrapeReader scrapes = new ScrapeReader();
    private final EnglishDetector english = new EnglishDetector();

    PageReader(HtmlArticleExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Reads {@code page}.
     *
     * @param url the article's URL as far as known (the location, or a URL a manifest gives for a file)
     */
    Reading read(Page page, String url) {
        String location = page.location();
        Optional<String> binaryKind = binary.binaryKind(page.bytes());
        if (binaryKind.isPresent()) {
            return Reading.failed(Diagnostic.error(
                    "INGEST_BINARY",
                    "this is " + binaryKind.get() + ", not text or HTML; convert it to text or HTML first",
                    location));
        }
        String text = decoder.decode(page.bytes(), page.declaredCharset()).text();
        if (text.isBlank()) {
            return Reading.failed(empty(location, "the input is empty"));
        }
        ContentKind kind = sniffer.kindOf(text, page.contentType(), location);
        if (kind == ContentKind.FEED) {
            FeedParse feed = feeds.parse(text, location);
            return new Reading(List.of(), feed.items(), feed.problem().stream().toList());
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<ArticleDraft> drafts = kind == ContentKind.HTML
                ? fromHtml(text, location, url, diagnostics)
                : fromScrape(text, location, url, diagnostics);
        List<ArticleDraft> english = new ArrayList<>();
        for (ArticleDraft draft : drafts) {
            keepIfEnglish(draft, diagnostics).ifPresent(english::add);
        }
        return new Reading(english, List.of(), diagnostics);
    }

    private List<ArticleDraft> fromHtml(String html, String location, String url, List<Diagnostic> diagnostics) {
        Extraction extraction = extractor.extract(html, url);
        diagnostics.addAll(extraction.diagnostics());
        if (extraction.body().isBlank()) {
            boolean explained = extraction.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
            if (!explained) {
                diagnostics.add(empty(location, "the page has no article text"));
            }
            return List.of();
        }
        return List.of(new ArticleDraft(
                location,
                1,
                url,
                extraction.outlet(),
                extraction.title(),
                extraction.authors(),
                extraction.published(),
                extraction.language(),
                extraction.body()));
    }

    private List<ArticleDraft> fromScrape(String text, String location, String url, List<Diagnostic> diagnostics) {
        List<ScrapedStory> stories = scrapes.read(text);
        if (stories.isEmpty()) {
            diagnostics.add(empty(location, "nothing is left after removing page furniture"));
            return List.of();
        }
        if (stories.size() > 1) {
            diagnostics.add(Diagnostic.info(
                    "INGEST_SECOND_STORY",
                    "split off an unrelated story appended to the page: '"
                            + stories.get(1).title() + "' is read apart from '"
                            + stories.get(0).title() + "'",
                    location));
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            ScrapedStory story = stories.get(i);
            drafts.add(new ArticleDraft(
                    location, i + 1, url, "", story.title(), List.of(), Optional.empty(), "und", story.body()));
        }
        return drafts;
    }

    private Optional<ArticleDraft> keepIfEnglish(ArticleDraft draft, List<Diagnostic> diagnostics) {
        EnglishDetector.Verdict verdict = english.judge(draft.title() + "\n" + draft.text());
        if (verdict == EnglishDetector.Verdict.NOT_ENGLISH) {
            String which = draft.part() > 1 ? "the appended story '" + draft.title() + "' is" : "the text is";
            diagnostics.add(Diagnostic.error(
                    "INGEST_NOT_ENGLISH",
                    which + " not English and was skipped; the analysis reads English only",
                    draft.location()));
            return Optional.empty();
        }
        String language = verdict == EnglishDetector.Verdict.ENGLISH ? "en" : draft.language();
        return Optional.of(new ArticleDraft(
                draft.location(),
                draft.part(),
                draft.url(),
                draft.outlet(),
                draft.title(),
                draft.authors(),
                draft.published(),
                language.isBlank() ? "und" : language,
                draft.text()));
    }

    private static Diagnostic empty(String location, String what) {
        return Diagnostic.error("INGEST_EMPTY", what + "; check that it is the article you meant", location);
    }
}
