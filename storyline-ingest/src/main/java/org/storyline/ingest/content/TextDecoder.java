package org.storyline.ingest.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw bytes into text, choosing the charset in this order: byte order mark, then (unless the bytes are
 * valid UTF-8 with multi-byte sequences) the transport's charset, then a {@code <meta charset>} or XML
 * encoding declaration, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 *
 * <p>Valid UTF-8 with multi-byte sequences wins over any declaration because pages declaring ISO-8859-1
 * while serving UTF-8 are common, and legacy 8-bit text is practically never valid multi-byte UTF-8 by
 * accident. ISO-8859-1 and US-ASCII declarations are read as windows-1252, as browsers do.
 *
 * <p>Stateless and safe to share across threads.
 */
public final class TextDecoder {
    /** Declarations sit in the first few kilobytes of a page. */
    private static final int DECLARATION_WINDOW = 4096;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.-]+)[\"']", Pattern.CASE_INSENSITIVE);

    /**
     * Decodes {@code data}; never fails: undecodable bytes become U+FFFD.
     *
     * @param transportCharset the charset an HTTP header declared, if any
     */
    public DecodedText decode(byte[] data, Optional<Charset> transportCharset) {
        Optional<Bom> bom = Bom.detect(data);
        if (bom.isPresent()) {
            int skip = bom.get().length();
            return new DecodedText(
                    new String(data, skip, data.length - skip, bom.get().charset()),
                    bom.get().charset());
        }
        boolean validUtf8 = isValidUtf8(data);
        if (validUtf8 && hasNonAscii(data)) {
            return new DecodedText(new String(data, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        Optional<Charset> declared = transportCharset.or(() -> declaredInDocument(data));
        Charset chosen = declared.map(TextDecoder::browserEquivalent)
                .filter(c -> validUtf8 || !c.equals(StandardCharsets.UTF_8))
                .orElse(validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        return new DecodedText(new String(data, chosen), chosen);
    }

    /** The charset a {@code <meta>} tag or XML declaration names, if it names a supported one. */
    static Optional<Charset> declaredInDocument(byte[] data) {
        String head = new String(data, 0, Math.min(data.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charsetNamed(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charsetNamed(meta.group(1)) : Optional.empty();
    }

    /** The charset called {@code name}, or empty when the name is malformed or unsupported. */
    public static Optional<Charset> charsetNamed(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // an unknown declaration is ignored: the remaining signals still decide
            return Optional.empty();
        }
    }

    private static Charset browserEquivalent(Charset declared) {
        String name = declared.name().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("us-ascii")) {
            return WINDOWS_1252;
        }
        return declared;
    }

    static boolean isValidUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
