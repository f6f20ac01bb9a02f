package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts a user supplies about inputs, which override what extraction finds: publication day, outlet and
 * original URL. The file format is
 *
 * <pre>{"articles": [{"file": "a.txt", "published": "2016-08-18", "outlet": "RTE", "url": "https://..."}]}</pre>
 *
 * where each entry names a {@code file} (matched against the end of an input's path), a {@code url}
 * (matched against URL inputs), or both; {@code published}, {@code outlet} and {@code url} may be null or
 * missing; other keys ("note", "about") are ignored.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class Manifest {
    private record Keyed(String file, String url, ManifestEntry entry) {}

    private static final Manifest EMPTY = new Manifest(List.of());

    private final List<Keyed> entries;

    private Manifest(List<Keyed> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A manifest that says nothing about any input. */
    public static Manifest empty() {
        return EMPTY;
    }

    /**
     * Reads a manifest file.
     *
     * @throws ManifestException if the file cannot be read or is not a valid manifest; the message names the
     *     file and what is wrong
     */
    public static Manifest load(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ManifestException("manifest " + file + " does not exist", e);
        } catch (IOException e) {
            throw new ManifestException("manifest " + file + " cannot be read: " + e, e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ManifestException("manifest " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ManifestException("manifest " + file + " cannot be parsed: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("articles").isArray()) {
            throw problem(file, "expected an object with an \"articles\" array");
        }
        List<Keyed> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("articles")) {
            entries.add(entry(file, index++, node));
        }
        return new Manifest(entries);
    }

    /**
     * What the manifest says about an input: for a URL the entry with that {@code url}, for a path the entry
     * whose {@code file} matches the end of the path (the longest such, so "b/a.txt" beats "a.txt").
     */
    public Optional<ManifestEntry> forLocation(String pathOrUrl) {
        Objects.requireNonNull(pathOrUrl, "pathOrUrl");
        if (isUrl(pathOrUrl)) {
            String wanted = withoutTrailingSlash(pathOrUrl);
            return entries.stream()
                    .filter(k ->
                            !k.url().isEmpty() && withoutTrailingSlash(k.url()).equals(wanted))
                    .map(Keyed::entry)
                    .findFirst();
        }
        Optional<Path> path = asPath(pathOrUrl);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return entries.stream()
                .filter(k -> !k.file().isEmpty())
                .filter(k -> asPath(k.file())
                        .map(f -> path.get().normalize().endsWith(f.normalize()))
                        .orElse(false))
                .max(Comparator.comparingInt((Keyed k) -> k.file().length()))
                .map(Keyed::entry);
    }

    private static Keyed entry(Path file, int index, JsonNode node) {
        String where = "articles[" + index + "]";
        if (!node.isObject()) {
            throw problem(file, where + " is not an object");
        }
        String name = text(file, where, node, "file");
        String url = text(file, where, node, "url");
        if (name.isEmpty() && url.isEmpty()) {
            throw problem(file, where + " needs a \"file\" or a \"url\"");
        }
        if (!name.isEmpty() && asPath(name).isEmpty()) {
            throw problem(file, where + " has an invalid \"file\" '" + name + "'");
        }
        String published = text(file, where, node, "published");
        Optional<LocalDate> day = Optional.empty();
        if (!published.isEmpty()) {
            try {
                day = Optional.of(LocalDate.parse(published));
            } catch (DateTimeParseException e) {
                throw problem(file, where + " has \"published\": \"" + published + "\"; expected YYYY-MM-DD");
            }
        }
        return new Keyed(name, url, new ManifestEntry(day, text(file, where, node, "outlet"), url));
    }

    private static String text(Path file, String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw problem(file, where + " has a non-text \"" + key + "\": " + value);
        }
        return value.asText().strip();
    }

    private static ManifestException problem(Path file, String what) {
        return new ManifestException("manifest " + file + ": " + what);
    }

    static boolean isUrl(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Optional<Path> asPath(String text) {
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String withoutTrailingSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
