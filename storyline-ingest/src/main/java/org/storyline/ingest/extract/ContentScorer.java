package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the elements that hold the article text, readability-style: every paragraph scores by length
 * and punctuation, passes its score to its ancestors, ancestors are weighted by tag, class hints and
 * link density, and the best one is joined by siblings that look like more of the same article.
 *
 * <p>One instance per extraction (it keeps the scores of one page); not shared.
 */
final class ContentScorer {
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, Double> finalScores = new IdentityHashMap<>();

    /** The content elements in page order, or empty when the page has no paragraph text. */
    List<Element> select(Element body) {
        for (Element p : paragraphs(body)) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            // A container with its own text is scored as a paragraph holder itself.
            Element ancestor = isParagraphTag(p) ? p.parent() : p;
            for (int level = 0; ancestor != null && level < 4; level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initial(ancestor) + score / divider, (a, b) -> a + score / divider);
            }
        }
        Optional<Element> top = best();
        if (top.isEmpty()) {
            return List.of();
        }
        return withSiblings(climb(sharedAncestor(top.get())));
    }

    /** Elements that carry paragraph text: p/pre/td, and containers with substantial direct text. */
    private static List<Element> paragraphs(Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            switch (e.normalName()) {
                case "p", "pre", "td", "blockquote", "dd" -> out.add(e);
                case "div", "section", "article", "span", "li", "font", "center", "main" -> {
                    if (ownTextLength(e) >= 50) {
                        out.add(e);
                    }
                }
                default -> {}
            }
        }
        return out;
    }

    private static boolean isParagraphTag(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "td", "blockquote", "dd" -> true;
            default -> false;
        };
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += t.text().strip().length();
            } else if (child instanceof Element c
                    && ("a".equals(c.normalName())
                            || "b".equals(c.normalName())
                            || "strong".equals(c.normalName())
                            || "em".equals(c.normalName())
                            || "i".equals(c.normalName()))) {
                n += c.text().length();
            }
        }
        return n;
    }

    private static double initial(Element e) {
        double base =
                switch (e.normalName()) {
                    case "article" -> 10;
                    case "div", "main", "section" -> 5;
                    case "pre", "td", "blockquote" -> 3;
                    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                    case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                    default -> 0;
                };
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            base += 30;
        }
        return base + BoilerplateHints.weight(e);
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private double finalScore(Element e) {
        // Link density walks the whole subtree; each candidate is asked many times, so remember it.
        return finalScores.computeIfAbsent(e, x -> scores.getOrDefault(x, 0.0) * (1 - TextStats.linkDensity(x)));
    }

    private Optional<Element> best() {
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : scores.keySet()) {
            double s = finalScore(e);
            if (s > bestScore || s == bestScore && best != null && e.siblingIndex() < best.siblingIndex()) {
                best = e;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * When several strong candidates sit in one ancestor (an article whose paragraphs are each wrapped in
     * their own card), that ancestor is the real container.
     */
    private Element sharedAncestor(Element top) {
        double topScore = finalScore(top);
        List<Element> alternatives = new ArrayList<>();
        for (Element e : scores.keySet()) {
            if (e != top && finalScore(e) >= topScore * 0.75) {
                alternatives.add(e);
            }
        }
        if (alternatives.size() < 3) {
            return top;
        }
        for (Element ancestor = top.parent();
                ancestor != null && !"body".equals(ancestor.normalName());
                ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element alt : alternatives) {
                if (isAncestor(ancestor, alt)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return ancestor;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Moves up while an ancestor scores higher, so that an article split in several blocks stays whole. */
    private Element climb(Element top) {
        double topScore = finalScore(top);
        Element current = top;
        double last = topScore;
        Element parent = current.parent();
        while (parent != null && !"body".equals(parent.normalName())) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double s = finalScore(parent);
            if (s < topScore / 3) {
                break;
            }
            if (s > last) {
                current = parent;
            }
            last = s;
            parent = parent.parent();
        }
        // An only child says nothing on its own; its parent is the real container.
        while (current.parent() != null
                && !"body".equals(current.parent().normalName())
                && current.parent().children().size() == 1) {
            current = current.parent();
        }
        return current;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold
                    || looksLikeParagraph(sibling)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean looksLikeParagraph(Element e) {
        String tag = e.normalName();
        String text = e.text();
        double links = TextStats.linkDensity(e);
        if ("p".equals(tag) || "blockquote".equals(tag)) {
            return text.length() > 80 && links < 0.25
                    || !text.isEmpty() && text.length() <= 80 && links == 0 && text.matches("(?s).*[.!?:\"”]$");
        }
        // Tables, lists and section wrappers between article parts are article text when they read as prose.
        if (links >= 0.2 || BoilerplateHints.weight(e) < 0) {
            return false;
        }
        return switch (tag) {
            case "table", "ul", "ol", "dl" -> text.length() > 100;
            case "div", "section" -> text.length() > 200 && e.select("p").size() >= 2;
            default -> false;
        };
    }
}
