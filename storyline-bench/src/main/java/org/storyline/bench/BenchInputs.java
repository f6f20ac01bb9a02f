package org.storyline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The bundled benchmark inputs: one invented news article (about 450 words with dates, figures, quotes and
 * named people, places and organisations) as plain text and as a full news page with the usual boilerplate.
 */
public final class BenchInputs {
    /** The publication day of the invented article, the anchor for its relative dates. */
    public static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

    public static final String PAGE_URL = "https://courier.example/news/2024/03/12/tarn-valley-floods";

    private BenchInputs() {}

    /** The article body: paragraphs separated by blank lines. */
    public static String articleText() {
        return resource("article.txt").strip();
    }

    /** The same article as a news page. */
    public static String articleHtml() {
        return resource("article.html");
    }

    private static String resource(String name) {
        try (InputStream in = BenchInputs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "expected the bundled resource org/storyline/bench/" + name + " on the class path, found none");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled resource " + name, e);
        }
    }
}
