package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text from a page body, in place: scripts, styles, forms controls,
 * hidden elements, navigation, asides, footers, figure captions, and elements whose class, id or role
 * names page furniture (cookie notices, share bars, newsletter promos, related teasers, comments, ads).
 *
 * <p>A furniture-named element is kept when it wraps most of the page's paragraph text, because some
 * sites put the whole article inside a container called, say, {@code has-sidebar}.
 */
final class DomPruner {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, input, select, textarea, option, label, nav, aside, footer, figcaption, figure, picture,"
            + " video, audio, map, dialog, menu, head, link, meta, [hidden], [aria-hidden=true], [role=dialog],"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=search]";
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main");

    private DomPruner() {}

    /** Prunes {@code body} in place; furniture named by class or id only when {@code furniture}. */
    static void prune(Element body, boolean furniture) {
        int total = paragraphText(body);
        for (Element e : body.select(NEVER_TEXT)) {
            if (e != body && e.parent() != null && !wrapsArticle(e, total)) {
                e.remove();
            }
        }
        for (Element e : body.select("[style]")) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
        if (furniture) {
            pruneFurniture(body, total);
        }
    }

    private static void pruneFurniture(Element body, int total) {
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && !KEEP_TAGS.contains(e.normalName()) && BoilerplateHints.negative(e)) {
                furniture.add(e);
            }
        }
        for (Element e : furniture) {
            if (e.parent() == null) {
                continue; // already removed with an ancestor
            }
            if (BoilerplateHints.hints(e).contains("comment") || !wrapsArticle(e, total)) {
                e.remove();
            }
        }
        for (Element form : body.select("form")) {
            if (paragraphText(form) * 2 <= total) {
                form.remove();
            }
        }
    }

    /** Whether {@code e} holds the element marked as the article body or most of the paragraph text. */
    private static boolean wrapsArticle(Element e, int totalParagraphText) {
        return paragraphText(e) * 2 > totalParagraphText
                || !e.select("[itemprop=articleBody]").isEmpty();
    }

    static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p, pre")) {
            n += p.text().length();
        }
        return n;
    }
}
