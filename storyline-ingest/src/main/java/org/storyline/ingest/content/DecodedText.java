package org.storyline.ingest.content;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Bytes turned into characters.
 *
 * @param text the characters, without any byte order mark
 * @param charset the charset used
 */
public record DecodedText(String text, Charset charset) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
