package org.storyline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads benchmark pages ({@code .html} or {@code .html.gz}) into text the way a browser would pick the charset:
 * a byte-order mark first, then a {@code <meta>} charset declaration in the first 4 KB, then UTF-8 if the bytes
 * are valid UTF-8, else windows-1252.
 */
public final class HtmlDecoding {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoding() {}

    /** The page's text; gzip-compressed when the name ends in {@code .gz}. */
    public static String read(Path page) {
        try {
            byte[] bytes;
            if (page.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(page);
            }
            return decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read page " + page, e);
        }
    }

    /** Decodes HTML bytes with the charset rules above. */
    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Optional<Charset> declared = declaredCharset(bytes);
        // A page that declares latin-1 but is valid UTF-8 is common; browsers trust the declaration, and so do we,
        // except that UTF-8 declared on invalid bytes falls through to the windows-1252 fallback below.
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared.get());
        }
        return strictUtf8(bytes).orElseGet(() -> new String(bytes, Charset.forName("windows-1252")));
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
            name = "windows-1252"; // as the WHATWG encoding standard maps them
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
