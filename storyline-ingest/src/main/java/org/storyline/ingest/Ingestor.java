package org.storyline.ingest;

import java.util.List;
import java.util.Objects;
import org.storyline.ingest.extract.HtmlArticleExtractor;
import org.storyline.ingest.fetch.PageFetcher;
import org.storyline.ingest.source.LocalFiles;

/**
 * The front door of ingest: turns what a user names on the command line (files, folders, http(s) URLs of
 * pages or RSS/Atom feeds) into {@link org.storyline.model.Article}s.
 *
 * <ul>
 *   <li>Files: {@code .html/.htm/.xhtml} (or content that looks like HTML) go to the HTML extractor, feeds
 *       ({@code .xml/.rss/.atom} or content that looks like one) are read and their entries fetched, other
 *       text is read as a plain-text scrape (boilerplate removed, an appended unrelated story split off).
 *   <li>Folders: every file inside, recursively, by path; hidden files and {@code manifest.json} are skipped.
 *   <li>URLs: fetched; pages and feeds as above. Feed entries fill what their page does not say (title,
 *       authors, date as {@code SUPPLIED}); the outlet falls back to the host name.
 *   <li>The manifest overrides publication day ({@code SUPPLIED}), outlet and URL.
 * </ul>
 *
 * <p>Thread-safe: one instance may serve concurrent calls. It holds one HTTP client for all fetches.
 */
public final class Ingestor {
    private final IngestOptions options;
    private final PageReader reader;
    private final LocalFiles files;
    private final PageFetcher fetcher;

    public Ingestor(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.reader = new PageReader(new HtmlArticleExtractor());
        this.files = new LocalFiles(options.maxBytes());
        this.fetcher = new PageFetcher(options.fetchTimeout(), options.maxBytes());
    }

    /**
     * Reads every input; never throws for bad input, returns diagnostics instead. Deterministic order:
     * articles and diagnostics follow the inputs, folder entries by path, feed entries in feed order.
     *
     * @param inputs paths of files or folders, or http(s) URLs, as typed
     * @param manifest facts about the inputs that override what extraction finds; {@link Manifest#empty()}
     *     for none
     */
    public IngestResult ingest(List<String> inputs, Manifest manifest) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(manifest, "manifest");
        FeedFollower feeds = new FeedFollower(fetcher, reader, options.fetchThreads());
        IngestRun run = new IngestRun(reader, files, fetcher, feeds, manifest);
        for (String input : inputs) {
            run.input(Objects.requireNonNull(input, "input"));
        }
        return run.result();
    }
}
