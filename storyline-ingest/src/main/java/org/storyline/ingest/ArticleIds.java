package org.storyline.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives articles short, readable ids that are stable for the same inputs and unique within one run: a file's
 * base name ({@code 002_f5df189aff59fd7b}), or a URL's host and a short hash of the URL
 * ({@code example-com-3fa2b1c9}); a page's second story gets {@code -2}, and a clash gets {@code -2},
 * {@code -3}... in input order.
 *
 * <p>One instance per run: it remembers the ids it gave out. Not thread-safe.
 */
final class ArticleIds {
    private static final int MAX_BASE_LENGTH = 48;
    private final Set<String> used = new HashSet<>();

    /** The id for story {@code part} (from 1) of the input at {@code location}. */
    String next(String location, int part) {
        String base = base(location) + (part > 1 ? "-" + part : "");
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        used.add(id);
        return id;
    }

    static String base(String location) {
        if (Manifest.isUrl(location)) {
            String host = host(location)
                    .map(h -> h.startsWith("www.") ? h.substring(4) : h)
                    .orElse("url");
            return sanitise(host) + "-" + shortHash(location.strip());
        }
        String name = location.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String id = sanitise(name);
        return id.isEmpty() ? "article" : id;
    }

    /** The host of a URL, lower case, if it has one. */
    static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sanitise(String text) {
        String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        return id.length() > MAX_BASE_LENGTH ? id.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "") : id;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
