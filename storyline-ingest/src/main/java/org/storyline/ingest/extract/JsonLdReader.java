package org.storyline.ingest.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.model.Diagnostic;

/**
 * Reads the JSON-LD blocks of a page into a flat list of objects ({@code @graph} members and array
 * elements become top-level entries, in page order).
 *
 * <p>Thread-safe: the underlying mapper is configured once and only read from.
 */
final class JsonLdReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /** The JSON-LD objects of {@code doc}; a block that is not valid JSON adds an INFO diagnostic. */
    JsonLd read(Document doc, String location, List<Diagnostic> diagnostics) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(mapper.readTree(stripCdata(json)), objects, 0);
            } catch (JsonProcessingException e) {
                diagnostics.add(Diagnostic.info(
                        "EXTRACT_BAD_JSON_LD",
                        "ignored a JSON-LD block that is not valid JSON (" + firstLine(e.getOriginalMessage())
                                + "); metadata falls back to meta tags",
                        location));
            }
        }
        return new JsonLd(objects);
    }

    private static String stripCdata(String json) {
        String s = json;
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "")
                .replace("//]]>", "")
                .replace("<![CDATA[", "")
                .replace("]]>", "");
        return s.strip();
    }

    private static String firstLine(String message) {
        String m = message == null ? "parse error" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            // Some sites nest the article under "mainEntity" of a WebPage.
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }
}
