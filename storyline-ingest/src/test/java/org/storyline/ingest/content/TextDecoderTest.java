package org.storyline.ingest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8_bytes_declared_as_iso_8859_1_by_http_still_decode_as_utf8() {
        byte[] bytes = "Café in Zürich – naïve".getBytes(StandardCharsets.UTF_8);

        DecodedText decoded = decoder.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1));

        assertThat(decoded).isEqualTo(new DecodedText("Café in Zürich – naïve", StandardCharsets.UTF_8));
    }

    @Test
    void utf8_bytes_declared_as_iso_8859_1_by_meta_still_decode_as_utf8() {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Café</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(bytes, Optional.empty()).text())
                .isEqualTo("<meta charset=\"iso-8859-1\"><p>Café</p>");
    }

    @Test
    void legacy_bytes_without_declaration_fall_back_to_windows_1252() {
        byte[] bytes = "Café – “quoted”".getBytes(WINDOWS_1252);

        assertThat(decoder.decode(bytes, Optional.empty())).isEqualTo(new DecodedText("Café – “quoted”", WINDOWS_1252));
    }

    @Test
    void a_declared_iso_8859_1_is_read_as_windows_1252_like_browsers_do() {
        byte[] bytes = "it’s".getBytes(WINDOWS_1252);

        assertThat(decoder.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1))
                        .text())
                .isEqualTo("it’s");
    }

    @Test
    void a_meta_charset_decides_for_non_utf8_bytes() {
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] bytes = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">Привет".getBytes(koi8);

        assertThat(decoder.decode(bytes, Optional.empty()))
                .isEqualTo(new DecodedText(
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">Привет", koi8));
    }

    @Test
    void the_http_charset_wins_over_the_meta_charset() {
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] bytes = "<meta charset=\"windows-1252\">Привет".getBytes(koi8);

        assertThat(decoder.decode(bytes, Optional.of(koi8)).charset()).isEqualTo(koi8);
    }

    @Test
    void a_declared_utf8_that_is_not_valid_utf8_falls_back_to_windows_1252() {
        byte[] bytes = "Café".getBytes(WINDOWS_1252);

        assertThat(decoder.decode(bytes, Optional.of(StandardCharsets.UTF_8)).text())
                .isEqualTo("Café");
    }

    @Test
    void a_byte_order_mark_wins_and_is_removed() {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};

        assertThat(decoder.decode(utf8, Optional.of(WINDOWS_1252)))
                .isEqualTo(new DecodedText("hi", StandardCharsets.UTF_8));
        assertThat(decoder.decode(utf16le, Optional.empty()))
                .isEqualTo(new DecodedText("hi", StandardCharsets.UTF_16LE));
    }

    @Test
    void an_unknown_declared_charset_is_ignored() {
        byte[] bytes = "<meta charset=\"no-such-charset\">plain".getBytes(StandardCharsets.US_ASCII);

        assertThat(decoder.decode(bytes, Optional.empty()).charset()).isEqualTo(StandardCharsets.UTF_8);
    }
}
