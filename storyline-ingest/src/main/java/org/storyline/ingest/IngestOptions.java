package org.storyline.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for reading inputs.
 *
 * @param fetchTimeout the longest one URL fetch may take, connecting and reading included
 * @param maxBytes the largest file or page accepted; larger ones are skipped with {@code INGEST_TOO_LARGE}
 * @param fetchThreads how many feed entries are fetched at the same time
 */
public record IngestOptions(Duration fetchTimeout, long maxBytes, int fetchThreads) {
    /** 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public IngestOptions {
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("expected a positive fetch timeout, found " + fetchTimeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("expected a positive byte limit, found " + maxBytes);
        }
        if (fetchThreads < 1) {
            throw new IllegalArgumentException("expected at least one fetch thread, found " + fetchThreads);
        }
    }

    /** 20 s per fetch, 20 MB per input, 4 parallel fetches. */
    public static IngestOptions defaults() {
        return new IngestOptions(Duration.ofSeconds(20), DEFAULT_MAX_BYTES, 4);
    }
}
