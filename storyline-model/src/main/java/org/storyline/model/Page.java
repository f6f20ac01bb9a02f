package org.storyline.model;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Raw input as fetched or read, before extraction.
 *
 * @param location the URL or file path it came from
 * @param fetchedAt when it was read
 * @param contentType the declared media type without parameters ({@code text/html}), or empty
 * @param bytes the raw bytes; not copied, callers must not modify them
 * @param declaredCharset the charset the transport declared, if any (the HTML may declare another)
 */
public record Page(
        String location, Instant fetchedAt, String contentType, byte[] bytes, Optional<Charset> declaredCharset) {
    public Page {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(declaredCharset, "declaredCharset");
    }
}
