package org.storyline.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The JSON-LD objects of one page, flattened, with look-ups for the article metadata we need. */
record JsonLd(List<JsonNode> objects) {
    /** Types that describe the site or its parts, never the page's own content. */
    private static final java.util.regex.Pattern OTHER_THINGS = java.util.regex.Pattern.compile(
            "organization|person|website|breadcrumb|imageobject|searchaction|sitenavigation|listitem|itemlist|place"
                    + "|postaladdress|offer|aggregaterating|rating|brand|contactpoint");

    JsonLd {
        objects = List.copyOf(objects);
    }

    /**
     * Objects that may describe the page's own content: article types first, then web pages and other
     * creative works, then any other object that is not clearly the site, a person or a list.
     */
    List<JsonNode> articles() {
        List<JsonNode> strong = new ArrayList<>();
        List<JsonNode> weak = new ArrayList<>();
        List<JsonNode> other = new ArrayList<>();
        for (JsonNode o : objects) {
            String types = types(o);
            if (types.contains("article")
                    || types.contains("posting")
                    || types.contains("report")
                    || types.contains("newsarticle")
                    || types.contains("liveblog")) {
                strong.add(o);
            } else if (types.contains("webpage")
                    || types.contains("creativework")
                    || types.isEmpty()
                    || types.contains("videoobject")
                    || types.contains("recipe")
                    || types.contains("review")) {
                weak.add(o);
            } else if (!OTHER_THINGS.matcher(types).find()) {
                other.add(o);
            }
        }
        strong.addAll(weak);
        strong.addAll(other);
        return strong;
    }

    /** The lower-cased {@code @type} values joined by spaces, or "" if none. */
    static String types(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            t.forEach(x -> sb.append(x.asText("").toLowerCase(Locale.ROOT)).append(' '));
            return sb.toString().strip();
        }
        return t.asText("").toLowerCase(Locale.ROOT);
    }

    /**
     * The object a {@code {"@id": ...}} reference points to, when the page defines it elsewhere (Yoast and other
     * SEO plugins put the article's author in the graph once and refer to it by id), else the node itself.
     */
    JsonNode resolve(JsonNode node) {
        if (node == null || !node.isObject() || node.has("name")) {
            return node;
        }
        JsonNode id = node.get("@id");
        if (id == null || !id.isTextual()) {
            return node;
        }
        for (JsonNode o : objects) {
            if (o != node && o.has("name") && id.equals(o.get("@id"))) {
                return o;
            }
        }
        return node;
    }

    /** The first non-blank string value of {@code field} among article-like objects. */
    Optional<String> articleText(String field) {
        for (JsonNode o : articles()) {
            Optional<String> v = text(o.get(field));
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** A string value, or the first string in an array, or the {@code name} of an object. */
    static Optional<String> text(JsonNode v) {
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                Optional<String> t = text(x);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        }
        if (v.isObject()) {
            return text(v.get("name"));
        }
        String s = v.asText("").strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
