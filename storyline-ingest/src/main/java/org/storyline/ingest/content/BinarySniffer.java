package org.storyline.ingest.content;

import java.util.List;
import java.util.Optional;

/**
 * Recognises bytes that are not text at all, so that they are reported instead of being read as garbage.
 *
 * <p>Stateless and safe to share across threads.
 */
public final class BinarySniffer {
    /** How far into the input NUL bytes are looked for; text never has them, binaries nearly always early. */
    private static final int NUL_WINDOW = 8192;

    private record Magic(String what, byte[] prefix) {}

    private static final List<Magic> MAGICS = List.of(
            new Magic("a PDF document", bytes(0x25, 0x50, 0x44, 0x46, 0x2D)),
            new Magic("a ZIP archive (also .docx, .xlsx, .epub)", bytes(0x50, 0x4B, 0x03, 0x04)),
            new Magic("a PNG image", bytes(0x89, 0x50, 0x4E, 0x47)),
            new Magic("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
            new Magic("a GIF image", bytes(0x47, 0x49, 0x46, 0x38)),
            new Magic("a GZIP archive", bytes(0x1F, 0x8B)));

    /**
     * Says what binary format {@code data} is in, or empty when it may be text.
     *
     * @return a phrase for a person such as "a PDF document" or "binary data (NUL bytes)"
     */
    public Optional<String> binaryKind(byte[] data) {
        for (Magic magic : MAGICS) {
            if (startsWith(data, magic.prefix())) {
                return Optional.of(magic.what());
            }
        }
        if (Bom.detect(data).isPresent()) {
            // UTF-16 text is full of NUL bytes but announced by its byte order mark
            return Optional.empty();
        }
        int limit = Math.min(data.length, NUL_WINDOW);
        for (int i = 0; i < limit; i++) {
            if (data[i] == 0) {
                return Optional.of("binary data (NUL bytes)");
            }
        }
        return Optional.empty();
    }

    static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
