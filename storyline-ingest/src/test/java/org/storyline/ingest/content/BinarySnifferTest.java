package org.storyline.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {
    private final BinarySniffer sniffer = new BinarySniffer();

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void names_known_binary_formats_by_their_magic_bytes() {
        assertThat(sniffer.binaryKind("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)))
                .contains("a PDF document");
        assertThat(sniffer.binaryKind(bytes(0x50, 0x4B, 0x03, 0x04, 0x14)))
                .contains("a ZIP archive (also .docx, .xlsx, .epub)");
        assertThat(sniffer.binaryKind(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A)))
                .contains("a PNG image");
        assertThat(sniffer.binaryKind(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains("a JPEG image");
        assertThat(sniffer.binaryKind(bytes(0x1F, 0x8B, 0x08))).contains("a GZIP archive");
        assertThat(sniffer.binaryKind("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .contains("a GIF image");
    }

    @Test
    void nul_bytes_mean_binary_data() {
        assertThat(sniffer.binaryKind(bytes('a', 'b', 0, 'c'))).contains("binary data (NUL bytes)");
    }

    @Test
    void text_is_not_binary_even_utf16_with_a_byte_order_mark() {
        assertThat(sniffer.binaryKind("Plain text, café".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Optional.empty());
        assertThat(sniffer.binaryKind(bytes(0xFF, 0xFE, 'h', 0, 'i', 0))).isEmpty();
        assertThat(sniffer.binaryKind(new byte[0])).isEmpty();
    }
}
