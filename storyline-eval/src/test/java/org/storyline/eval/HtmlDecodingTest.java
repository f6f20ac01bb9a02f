package org.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {
    @Test
    void decodes_utf8_without_a_declaration() {
        assertThat(HtmlDecoding.decode("<p>Zürich</p>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("<p>Zürich</p>");
    }

    @Test
    void follows_a_meta_charset_declaration() {
        byte[] bytes = "<meta charset=\"iso-8859-15\"><p>caf\u00e9</p>".getBytes(Charset.forName("ISO-8859-15"));
        assertThat(HtmlDecoding.decode(bytes)).endsWith("<p>café</p>");
    }

    @Test
    void falls_back_to_windows_1252_when_the_bytes_are_not_utf8() {
        byte[] bytes = "<p>na\u00efve \u201cquote\u201d</p>".getBytes(Charset.forName("windows-1252"));
        assertThat(HtmlDecoding.decode(bytes)).isEqualTo("<p>naïve “quote”</p>");
    }

    @Test
    void strips_a_utf8_byte_order_mark() {
        byte[] text = "<p>x</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(HtmlDecoding.decode(bytes)).isEqualTo("<p>x</p>");
    }
}
