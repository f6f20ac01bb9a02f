package org.storyline.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.storyline.ingest.fetch.FetchResult;
import org.storyline.model.Diagnostic;
import org.storyline.model.Page;

/**
 * Reads inputs from the local file system: lists directories and loads files, with a byte limit.
 *
 * <p>Never throws for a missing, unreadable or oversized file: those come back as diagnostics. Stateless and
 * safe to share across threads.
 */
public final class LocalFiles {
    /** A file users keep beside their inputs that is not an input itself. */
    public static final String MANIFEST_NAME = "manifest.json";

    private final long maxBytes;

    public LocalFiles(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("expected a positive byte limit, found " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * The files under {@code directory}, recursively, sorted by path; hidden files and folders and manifest
     * files are left out.
     *
     * @param problems receives an {@code INGEST_UNREADABLE} diagnostic if the directory cannot be listed
     */
    public List<Path> filesUnder(Path directory, List<Diagnostic> problems) {
        Objects.requireNonNull(directory, "directory");
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = new ArrayList<>();
            walk.filter(p -> !isHidden(directory.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(MANIFEST_NAME))
                    .forEach(files::add);
            files.sort(Comparator.comparing(Path::toString));
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Diagnostic.error(
                    "INGEST_UNREADABLE",
                    "cannot list the folder (" + e.getMessage() + "); check its permissions",
                    directory.toString()));
            return List.of();
        }
    }

    /** Reads {@code file} whole, unless it is larger than the limit. */
    public FetchResult load(Path file) {
        Objects.requireNonNull(file, "file");
        String location = file.toString();
        if (!Files.isRegularFile(file)) {
            return FetchResult.failed(Diagnostic.error(
                    "INGEST_UNREADABLE",
                    "not a regular file (a device, pipe or socket?); pass a file or a folder",
                    location));
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return FetchResult.failed(Diagnostic.error(
                        "INGEST_TOO_LARGE",
                        "the file has " + size + " bytes, more than the limit of " + maxBytes
                                + "; raise the limit or leave it out",
                        location));
            }
            byte[] bytes = Files.readAllBytes(file);
            return FetchResult.of(new Page(location, Instant.now(), "", bytes, Optional.empty()));
        } catch (AccessDeniedException e) {
            return FetchResult.failed(
                    Diagnostic.error("INGEST_UNREADABLE", "permission denied; check the file's permissions", location));
        } catch (IOException e) {
            return FetchResult.failed(Diagnostic.error(
                    "INGEST_UNREADABLE",
                    "cannot read the file (" + e + "); check that it is a readable file",
                    location));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
