package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page keyed by their lower-cased {@code name}, {@code property},
 * {@code itemprop} or {@code http-equiv}, values in page order.
 */
final class MetaTags {
    private final Map<String, List<String>> values;

    private MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    static MetaTags of(Document doc) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element meta : doc.select("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            content = content.strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    // Some pages put several names in one attribute: property="og:title twitter:title".
                    for (String part : k.split("\\s+")) {
                        values.computeIfAbsent(part, x -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        return new MetaTags(values);
    }

    /** The first value of the first key that has one. */
    Optional<String> first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null && !v.isEmpty()) {
                return Optional.of(v.get(0));
            }
        }
        return Optional.empty();
    }

    /** All values of {@code key} in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
