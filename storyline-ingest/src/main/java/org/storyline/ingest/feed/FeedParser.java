package org.storyline.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Diagnostic;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom document with Rome into its entries, in feed order.
 *
 * <p>Never throws for a bad document: it yields {@code FEED_INVALID} (not XML, or XML that is not a feed)
 * or {@code FEED_EMPTY} (a feed without entries). Doctypes are refused, so no external entity is ever
 * resolved. Stateless and safe to share across threads (a Rome parser is made per call).
 */
public final class FeedParser {
    /**
     * The entries of the feed in {@code xml}.
     *
     * @param xml the decoded document
     * @param location the feed's URL or path: relative links are resolved against it when it is a URL, and
     *     it names the input in diagnostics
     */
    public FeedParse parse(String xml, String location) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(location, "location");
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException | IllegalStateException e) {
            return FeedParse.failed(Diagnostic.error(
                    "FEED_INVALID",
                    "not a readable RSS or Atom feed (" + firstLine(e.getMessage())
                            + "); check the URL or file, or pass the article pages themselves",
                    location));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry, location));
        }
        if (items.isEmpty()) {
            return FeedParse.failed(Diagnostic.warning(
                    "FEED_EMPTY", "the feed has no entries; try again later or check the feed URL", location));
        }
        return FeedParse.of(items);
    }

    private static FeedItem item(SyndEntry entry, String location) {
        Optional<Date> date =
                Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()));
        return new FeedItem(
                link(entry, location),
                clean(entry.getTitle()),
                authors(entry),
                date.map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC)));
    }

    private static String link(SyndEntry entry, String location) {
        String link = clean(entry.getLink());
        if (link.isEmpty() && entry.getUri() != null && entry.getUri().matches("(?i)https?://.*")) {
            link = entry.getUri().strip();
        }
        if (link.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute() && location.toLowerCase(Locale.ROOT).matches("https?://.*")) {
                uri = new URI(location).resolve(uri);
            }
            return uri.isAbsolute() ? uri.toString() : "";
        } catch (URISyntaxException | IllegalArgumentException e) {
            // an unusable link is reported by the caller as a missing one
            return "";
        }
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = clean(person.getName());
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        String single = clean(entry.getAuthor());
        if (names.isEmpty() && !single.isEmpty()) {
            names.add(single);
        }
        return List.copyOf(names);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown parse error";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
