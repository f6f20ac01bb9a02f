package org.storyline.ingest.extract;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page language as an ISO 639-1 code from {@code <html lang>}, content-language or og:locale. */
final class PageLanguage {
    private PageLanguage() {}

    static String of(Document doc, MetaTags meta) {
        Element html = doc.selectFirst("html");
        return code(html == null ? "" : html.attr("lang"))
                .or(() -> code(html == null ? "" : html.attr("xml:lang")))
                .or(() -> meta.first("content-language", "language", "dc.language")
                        .flatMap(PageLanguage::code))
                .or(() -> meta.first("og:locale").flatMap(PageLanguage::code))
                .orElse("und");
    }

    private static Optional<String> code(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.length() >= 2
                && v.substring(0, 2).matches("[a-z]{2}")
                && (v.length() == 2 || !Character.isLetter(v.charAt(2)))) {
            return Optional.of(v.substring(0, 2));
        }
        return Optional.empty();
    }
}
