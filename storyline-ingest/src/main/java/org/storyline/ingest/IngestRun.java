package org.storyline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.ingest.feed.FeedItem;
import org.storyline.ingest.fetch.FetchResult;
import org.storyline.ingest.fetch.PageFetcher;
import org.storyline.ingest.source.LocalFiles;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.Diagnostic;
import org.storyline.model.Page;
import org.storyline.model.PublishedDate;

/**
 * The state of one {@link Ingestor#ingest} call: what was seen (to skip duplicates), the drafts and the
 * diagnostics in input order. Inputs are taken one at a time; only feed entries are fetched in parallel.
 *
 * <p>Not thread-safe; one instance per call.
 */
final class IngestRun {
    private final PageReader reader;
    private final LocalFiles files;
    private final PageFetcher fetcher;
    private final FeedFollower feeds;
    private final Manifest manifest;
    private final Set<String> seenLocations = new HashSet<>();
    private final Map<String, String> seenContent = new HashMap<>();
    private final List<ArticleDraft> drafts = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    IngestRun(PageReader reader, LocalFiles files, PageFetcher fetcher, FeedFollower feeds, Manifest manifest) {
        this.reader = reader;
        this.files = files;
        this.fetcher = fetcher;
        this.feeds = feeds;
        this.manifest = manifest;
    }

    /** Reads one input as typed: a URL, a file or a folder. */
    void input(String input) {
        String trimmed = input.strip();
        if (Manifest.isUrl(trimmed)) {
            url(trimmed);
            return;
        }
        Optional<Path> path = pathOf(trimmed);
        if (path.isEmpty() || !Files.exists(path.get())) {
            diagnostics.add(Diagnostic.error(
                    "INGEST_NOT_FOUND",
                    "no such file or folder; check the path (URLs must start with http:// or https://)",
                    input));
        } else if (Files.isDirectory(path.get())) {
            for (Path file : files.filesUnder(path.get(), diagnostics)) {
                file(file);
            }
        } else {
            file(path.get());
        }
    }

    IngestResult result() {
        ArticleIds ids = new ArticleIds();
        List<Article> articles = new ArrayList<>();
        for (ArticleDraft draft : drafts) {
            articles.add(draft.toArticle(ids.next(draft.location(), draft.part())));
        }
        return new IngestResult(articles, diagnostics);
    }

    private void file(Path file) {
        String location = file.toString();
        if (firstTime(realPath(file), location)) {
            FetchResult loaded = files.load(file);
            loaded.problem().ifPresent(diagnostics::add);
            loaded.page().ifPresent(this::page);
        }
    }

    private void url(String url) {
        if (firstTime(url, url)) {
            FetchResult fetched = fetcher.fetch(url);
            fetched.problem().ifPresent(diagnostics::add);
            fetched.page().ifPresent(this::page);
        }
    }

    private void page(Page page) {
        if (!newContent(page)) {
            return;
        }
        String location = page.location();
        String url = manifest.forLocation(location)
                .map(ManifestEntry::url)
                .filter(u -> !u.isEmpty())
                .orElse(location);
        Reading reading = reader.read(page, url);
        diagnostics.addAll(reading.diagnostics());
        reading.drafts().forEach(d -> drafts.add(finish(d)));
        if (!reading.feedItems().isEmpty()) {
            feed(reading.feedItems(), location);
        }
    }

    private void feed(List<FeedItem> items, String feedLocation) {
        List<FeedItem> toFetch = new ArrayList<>();
        for (FeedItem item : items) {
            if (item.link().isEmpty()) {
                diagnostics.add(Diagnostic.warning(
                        "FEED_ITEM_NO_LINK",
                        "the entry '" + item.title() + "' has no absolute http(s) link and was skipped",
                        feedLocation));
            } else if (firstTime(item.link(), item.link())) {
                toFetch.add(item);
            }
        }
        for (FeedFollower.Followed followed : feeds.follow(toFetch)) {
            followed.fetched().problem().ifPresent(diagnostics::add);
            Optional<Page> page = followed.fetched().page();
            if (page.isEmpty() || !newContent(page.get())) {
                continue;
            }
            Reading reading = followed.reading().orElseThrow();
            diagnostics.addAll(reading.diagnostics());
            if (!reading.feedItems().isEmpty()) {
                diagnostics.add(Diagnostic.warning(
                        "FEED_NESTED",
                        "the entry links to another feed, which is not followed; pass that feed itself",
                        followed.item().link()));
            }
            reading.drafts().forEach(d -> drafts.add(finish(withFeedGaps(d, followed.item()))));
        }
    }

    /** Fills what the page did not say from the feed entry; the page's own values win. */
    private static ArticleDraft withFeedGaps(ArticleDraft draft, FeedItem item) {
        ArticleDraft filled = draft;
        if (draft.part() > 1) {
            return filled;
        }
        if (filled.title().isEmpty()) {
            filled = filled.withTitle(item.title());
        }
        if (filled.authors().isEmpty()) {
            filled = filled.withAuthors(item.authors());
        }
        if (filled.published().isEmpty() && item.published().isPresent()) {
            filled = filled.withPublished(
                    Optional.of(new PublishedDate(item.published().get(), DateSource.SUPPLIED)));
        }
        return filled;
    }

    /** Applies the manifest, then falls back to the URL's host for the outlet. */
    private ArticleDraft finish(ArticleDraft draft) {
        ArticleDraft done = draft;
        Optional<ManifestEntry> entry = manifest.forLocation(draft.location());
        if (entry.isPresent()) {
            ManifestEntry e = entry.get();
            if (e.published().isPresent()) {
                done = done.withPublished(
                        Optional.of(new PublishedDate(e.published().get(), DateSource.SUPPLIED)));
            }
            if (!e.outlet().isEmpty()) {
                done = done.withOutlet(e.outlet());
            }
            if (!e.url().isEmpty()) {
                done = done.withUrl(e.url());
            }
        }
        if (done.outlet().isEmpty() && Manifest.isUrl(done.url())) {
            Optional<String> host = ArticleIds.host(done.url()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
            if (host.isPresent()) {
                done = done.withOutlet(host.get());
            }
        }
        return done;
    }

    private boolean firstTime(String key, String location) {
        if (seenLocations.add(key)) {
            return true;
        }
        diagnostics.add(
                Diagnostic.info("INGEST_DUPLICATE", "given more than once; the second copy was skipped", location));
        return false;
    }

    private boolean newContent(Page page) {
        Optional<String> first = Optional.ofNullable(seenContent.putIfAbsent(sha256(page.bytes()), page.location()));
        first.ifPresent(original -> diagnostics.add(Diagnostic.info(
                "INGEST_DUPLICATE", "same bytes as " + original + "; this copy was skipped", page.location())));
        return first.isEmpty();
    }

    private static Optional<Path> pathOf(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String realPath(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            // the load that follows reports the problem; the absolute path still identifies the file
            return file.toAbsolutePath().normalize().toString();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
