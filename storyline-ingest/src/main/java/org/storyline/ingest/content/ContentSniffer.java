package org.storyline.ingest.content;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an input is HTML, a feed or plain text, from its first markup and, when that says
 * nothing, from its declared media type or file extension.
 *
 * <p>The content wins over the label: servers send feeds as {@code text/html} and people save pages as
 * {@code .txt}. Stateless and safe to share across threads.
 */
public final class ContentSniffer {
    private static final int SNIFF_WINDOW = 2048;
    private static final Pattern LEADING_NOISE =
            Pattern.compile("\\A(?:\\s+|<\\?xml[^>]*>|<!--.*?-->|<\\?[^>]*>)*", Pattern.DOTALL);
    private static final Pattern FIRST_TAG =
            Pattern.compile("\\A<(!doctype\\s+\\w+|[A-Za-z][\\w:.-]*)", Pattern.CASE_INSENSITIVE);

    /**
     * The kind of {@code text}.
     *
     * @param text the decoded content
     * @param contentType the declared media type without parameters, or empty
     * @param location the path or URL, whose extension is a hint when nothing else is
     */
    public ContentKind kindOf(String text, String contentType, String location) {
        Optional<String> root = rootElement(text);
        if (root.isPresent()) {
            String name = root.get();
            if (isFeedRoot(name)) {
                return ContentKind.FEED;
            }
            if (isHtmlRoot(name)) {
                return ContentKind.HTML;
            }
        }
        Optional<ContentKind> declared = fromContentType(contentType).or(() -> fromExtension(location));
        if (root.isPresent() && text.stripLeading().startsWith("<?xml")) {
            // XML that is neither a feed nor a page: let the feed parser explain what is wrong with it
            return declared.filter(k -> k == ContentKind.HTML).orElse(ContentKind.FEED);
        }
        return declared.orElse(root.isPresent() ? ContentKind.HTML : ContentKind.TEXT);
    }

    /** The name of the first element (lower case), or {@code !doctype html}, if the text starts with markup. */
    static Optional<String> rootElement(String text) {
        String head = text.length() > SNIFF_WINDOW ? text.substring(0, SNIFF_WINDOW) : text;
        Matcher noise = LEADING_NOISE.matcher(head);
        String rest = noise.lookingAt() ? head.substring(noise.end()) : head;
        Matcher tag = FIRST_TAG.matcher(rest.replace('\uFEFF', ' ').stripLeading());
        if (!tag.find()) {
            return Optional.empty();
        }
        return Optional.of(tag.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static boolean isFeedRoot(String name) {
        return name.equals("rss") || name.equals("feed") || name.equals("rdf:rdf");
    }

    private static boolean isHtmlRoot(String name) {
        return name.equals("!doctype html")
                || name.equals("html")
                || name.equals("head")
                || name.equals("body")
                || name.equals("meta")
                || name.equals("title");
    }

    static Optional<ContentKind> fromContentType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT).trim();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Optional.of(ContentKind.HTML);
        }
        if (type.endsWith("rss+xml")
                || type.endsWith("atom+xml")
                || type.endsWith("/xml")
                || type.endsWith("rdf+xml")) {
            return Optional.of(ContentKind.FEED);
        }
        if (type.equals("text/plain")) {
            return Optional.of(ContentKind.TEXT);
        }
        return Optional.empty();
    }

    static Optional<ContentKind> fromExtension(String location) {
        String name = fileName(location).toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(ContentKind.HTML);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return Optional.of(ContentKind.FEED);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(ContentKind.TEXT);
        }
        return Optional.empty();
    }

    private static String fileName(String location) {
        String path = location;
        if (location.regionMatches(true, 0, "http", 0, 4)) {
            try {
                path = Optional.ofNullable(URI.create(location).getPath()).orElse("");
            } catch (IllegalArgumentException e) {
                path = location;
            }
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
