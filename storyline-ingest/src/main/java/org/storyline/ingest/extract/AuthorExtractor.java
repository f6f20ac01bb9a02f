package org.storyline.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the bylines of a page: JSON-LD authors, then author meta tags, then {@code rel=author} /
 * {@code itemprop=author} / byline elements. Each source yields cleaned, de-duplicated names; the first
 * source with names wins.
 *
 * <p>Stateless and thread-safe. Works on the unmodified document.
 */
final class AuthorExtractor {
    private static final Pattern BYLINE_TEXT = Pattern.compile(
            "^(?:by:?|von:?|par|por|door|posted by|written by|geschrieben von|veröffentlicht von|eingestellt von"
                    + "|verfasst von:?|gespeichert von|ein artikel von|autor:|author:|text:)(?:\\s|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Comment threads, sidebars, widgets and the site footer. A post's own footer ("post-footer", "entry-footer")
     * is not furniture: blog themes print the byline there.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|\\s)(?:comments?|commentlist|comment-[\\w-]+|[\\w-]*-comments?|sidebar|[\\w-]*-sidebar"
                    + "|widget|widget-area|widgets|site-footer|page-footer|footer|global-footer|main-footer|recentcomments)(?:$|\\s)");

    private static final Pattern POST_PART = Pattern.compile("post|entry|article|story|hentry");

    List<String> extract(Document doc, JsonLd jsonLd, MetaTags meta, String outlet) {
        AuthorNames names = new AuthorNames(outlet);
        List<String> found = names.cleanDeclared(fromJsonLd(jsonLd));
        if (found.isEmpty()) {
            List<String> metaValues = new ArrayList<>();
            for (String key : List.of(
                    "author",
                    "article:author",
                    "dc.creator",
                    "dcterms.creator",
                    "parsely-author",
                    "sailthru.author",
                    "byl",
                    "cxenseparse:author",
                    "citation_author",
                    "twitter:creator:name")) {
                metaValues.addAll(meta.all(key));
                if (!metaValues.isEmpty()) {
                    break;
                }
            }
            found = names.cleanDeclared(metaValues);
        }
        if (found.isEmpty()) {
            found = fromElements(doc, names);
        }
        if (found.isEmpty()) {
            found = fromBylineText(doc, names);
        }
        return found;
    }

    private static List<String> fromJsonLd(JsonLd jsonLd) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : jsonLd.articles()) {
            collect(jsonLd, o.get("author"), out);
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (JsonNode o : jsonLd.articles()) {
            collect(jsonLd, o.get("creator"), out);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static void collect(JsonLd jsonLd, JsonNode author, List<String> out) {
        if (author == null || author.isNull()) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> collect(jsonLd, a, out));
        } else if (author.isObject()) {
            JsonLd.text(jsonLd.resolve(author).get("name")).ifPresent(out::add);
        } else {
            String s = author.asText("").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
    }

    /** The names in the first byline-like element outside comments, sidebars and footers. */
    private static List<String> fromElements(Document doc, AuthorNames names) {
        for (String q : List.of(
                "[itemprop=author] [itemprop=name]",
                "[itemprop=author]",
                "a[rel=author]",
                "[rel=author]",
                ".byline__name, .author-name, .author_name, .authorName, .post-author, .entry-author",
                ".byline, .author, .autor, .article-author, .post-author, [class*=byline], .vcard .fn, .fn",
                "a[href*=/author/], a[href*=/autor/], a[href*=/authors/], a[href*=/autoren/], a[href*=/redakteur/]",
                "[class*=author]:not([class*=avatar]):not([class*=bio]), [class*=autor], [class*=Author]")) {
            for (Element e : doc.select(q)) {
                String t = e.hasAttr("content") && e.text().isBlank() ? e.attr("content") : e.text();
                if (t.isBlank() || t.length() > 150 || inFurniture(e)) {
                    continue;
                }
                List<String> found = names.clean(List.of(t));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** A short "By Jane Doe" / "Von Jane Doe" line in the page text, when no markup names the author. */
    private static List<String> fromBylineText(Document doc, AuthorNames names) {
        if (doc.body() == null) {
            return List.of();
        }
        for (Element e : doc.body().select("p, span, div, li, em, strong, address, small")) {
            String own = e.ownText().strip();
            if (e.text().length() >= 100) {
                continue;
            }
            String text = spacedText(e);
            // The label may sit alone in its own element before the name: <span>By</span> <a>Jane Doe</a>.
            boolean labelled = own.length() > 3 && BYLINE_TEXT.matcher(own).find()
                    || BYLINE_TEXT.matcher(text).find();
            if (own.length() < 80 && labelled && !inFurniture(e)) {
                if (text.length() < 100) {
                    List<String> found = names.clean(List.of(text));
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    /** The element's text with a space between text nodes: "<span>By</span><span>Jo</span>" is "By Jo". */
    private static String spacedText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (org.jsoup.nodes.TextNode t : e.selectXpath(".//text()", org.jsoup.nodes.TextNode.class)) {
            sb.append(t.text()).append(' ');
        }
        return TitleExtractor.clean(sb.toString());
    }

    /** Whether a {@code <footer>} belongs to a post (its byline footer) rather than to the site. */
    private static boolean insidePost(Element footer) {
        if (POST_PART
                .matcher(footer.className().toLowerCase(java.util.Locale.ROOT))
                .find()) {
            return true;
        }
        for (Element p = footer.parent(); p != null; p = p.parent()) {
            if ("article".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inFurniture(Element e) {
        for (Element p = e; p != null && !"body".equals(p.normalName()); p = p.parent()) {
            if (FURNITURE
                            .matcher(p.className().toLowerCase(java.util.Locale.ROOT) + " " + p.id())
                            .find()
                    || "footer".equals(p.normalName()) && !insidePost(p)
                    || "aside".equals(p.normalName())) {
                return true;
            }
        }
        return false;
    }
}
