package org.storyline.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: the visible {@code <h1>} when the page's declared titles confirm it, else the
 * JSON-LD headline or {@code og:title}, else {@code <title>} without its " | Site" suffix.
 *
 * <p>Stateless and thread-safe. Works on the unmodified document.
 */
final class TitleExtractor {
    private static final Pattern KICKER = Pattern.compile(
            "kicker|topline|dachzeile|overline|roofline|eyebrow|supertitle|pretitle|spitzmarke|ueberschrift-top|rubric"
                    + "|label|flag|category|topic|overhead|super-headline|headline-intro|heading-intro|prefix|subtitle|sub-heading"
                    + "|subheading");
    private static final Pattern DANGLING = Pattern.compile("^[\\s:|•·–—-]+|(?<=\\S)\\s+[:|•·–—-]+\\s*$|^\\s+|\\s+$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—:·»«/]{1,2}\\s+|\\s+-{1,2}\\s+|\\s+::\\s+");

    /**
     * The headline, without separators left dangling at either end (a kicker removed from "Kicker: Headline"
     * leaves ": Headline").
     */
    Optional<String> extract(Document doc, JsonLd jsonLd, MetaTags meta, String outlet) {
        return find(doc, jsonLd, meta, outlet)
                .map(TitleExtractor::trimSeparators)
                .filter(t -> !t.isEmpty());
    }

    static String trimSeparators(String title) {
        return DANGLING.matcher(title).replaceAll("");
    }

    private Optional<String> find(Document doc, JsonLd jsonLd, MetaTags meta, String outlet) {
        List<String> declared = new ArrayList<>();
        meta.first("og:title", "twitter:title").map(TitleExtractor::clean).ifPresent(declared::add);
        jsonLd.articleText("headline").map(TitleExtractor::clean).ifPresent(declared::add);
        declared.add(clean(doc.title()));
        List<String> stripped = declared.stream()
                .filter(d -> !d.isEmpty())
                .map(d -> stripSiteName(d, outlet))
                .filter(d -> !d.isEmpty() && !key(d).equals(key(outlet)))
                .toList();
        List<String> headings = headings(doc, outlet);
        for (String h : headings) {
            for (String d : stripped) {
                if (similar(h, d)) {
                    // "Kicker Headline" in one h1: the declared title is the headline without the kicker.
                    return Optional.of(key(h).length() > key(d).length() && key(h).endsWith(key(d)) ? d : h);
                }
            }
        }
        List<String> h1s = soleHeadings(doc, outlet);
        if (h1s.size() == 1) {
            return Optional.of(h1s.get(0));
        }
        // "Headline - Section | Site": the visible headline is how the declared title starts.
        for (String h : headings) {
            for (String d : declared) {
                if (key(h).length() >= 8 && key(d).startsWith(key(h))) {
                    return Optional.of(h);
                }
            }
        }
        return stripped.stream().findFirst().or(() -> headings.stream().findFirst());
    }

    /** Whether a visible heading and a declared title name the same headline. */
    private static boolean similar(String heading, String declared) {
        String h = key(heading);
        String d = key(declared);
        if (h.isEmpty() || d.isEmpty()) {
            return false;
        }
        return h.equals(d)
                || d.contains(h) && h.length() * 10 >= d.length() * 6
                || h.contains(d) && d.length() * 10 >= h.length() * 6;
    }

    /** The distinct texts of the page's h1 elements that are not the site's name or logo. */
    private static List<String> soleHeadings(Document doc, String outlet) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String t = headingText(h);
            if (t.length() >= 3 && !out.contains(t) && !key(t).equals(key(outlet)) && !siteHeading(h)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The heading's text without a kicker or topic label printed above the headline inside it. */
    private static String headingText(Element h) {
        Element copy = h.clone();
        for (Element child : copy.select("*")) {
            // A <small> line inside the headline is a kicker too ("<small>Weekly</small><br>Headline").
            if (child != copy
                    && (KICKER.matcher(BoilerplateHints.hints(child)).find() || "small".equals(child.normalName()))) {
                child.remove();
            }
        }
        String text = clean(copy.text());
        return text.isEmpty() ? clean(h.text()) : text;
    }

    private static boolean siteHeading(Element h) {
        String hints = (h.className() + " " + h.id() + " "
                        + (h.parent() == null ? "" : h.parent().className()))
                .toLowerCase(Locale.ROOT);
        return hints.contains("site-title")
                || hints.contains("logo")
                || hints.contains("brand")
                || hints.contains("site-name")
                || !h.select("img").isEmpty() && h.text().length() < 40;
    }

    /** Candidate headlines: h1 inside the article first, then any h1, then post-title h2s, in page order. */
    private static List<String> headings(Document doc, String outlet) {
        List<String> out = new ArrayList<>();
        for (String q : List.of(
                "article h1",
                "[itemprop=headline]",
                "main h1",
                "h1",
                ".entry-title, .post-title, .article-title, .headline, h2.title, article h2, h2")) {
            for (Element h : doc.select(q)) {
                String t = headingText(h);
                if (!t.isEmpty() && !out.contains(t) && !key(t).equals(key(outlet)) && !siteHeading(h)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Removes a " | Site" or " - Site" part: the part naming the outlet, else a short last part. */
    static String stripSiteName(String title, String outlet) {
        java.util.regex.Matcher m = SEPARATOR.matcher(title);
        List<int[]> cuts = new ArrayList<>();
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        if (cuts.isEmpty()) {
            return title;
        }
        String site = key(outlet);
        int[] lastCut = cuts.get(cuts.size() - 1);
        int[] firstCut = cuts.get(0);
        String head = title.substring(0, firstCut[0]).strip();
        String tail = title.substring(lastCut[1]).strip();
        if (!site.isEmpty() && (key(head).equals(site) || key(head).length() > 0 && site.contains(key(head)))) {
            return title.substring(firstCut[1]).strip();
        }
        if (!site.isEmpty() && (key(tail).equals(site) || key(tail).contains(site) || site.contains(key(tail)))) {
            return stripSiteName(title.substring(0, lastCut[0]).strip(), "");
        }
        String rest = title.substring(0, lastCut[0]).strip();
        if (words(tail) <= 4 && words(rest) >= 2) {
            return rest;
        }
        return title;
    }

    private static String longest(List<String> parts) {
        String best = "";
        for (String p : parts) {
            if (p.length() > best.length()) {
                best = p;
            }
        }
        return best;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Lower-cased letters and digits only, for tolerant comparison. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
