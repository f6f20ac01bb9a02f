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
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—:·»«/]{1,2}\\s+|\\s+-{1,2}\\s+|\\s+::\\s+");

    Optional<String> extract(Document doc, JsonLd jsonLd, MetaTags meta, String outlet) {
        List<String> declared = new ArrayList<>();
        jsonLd.articleText("headline").map(TitleExtractor::clean).ifPresent(declared::add);
        meta.first("og:title", "twitter:title").map(TitleExtractor::clean).ifPresent(declared::add);
        String htmlTitle = clean(doc.title());
        if (!htmlTitle.isEmpty()) {
            declared.add(htmlTitle);
        }
        List<String> headings = headings(doc);
        for (String h : headings) {
            for (String d : declared) {
                if (key(d).contains(key(h)) && key(h).length() >= 8) {
                    return Optional.of(h);
                }
            }
        }
        for (String d : declared) {
            String stripped = stripSiteName(d, outlet);
            if (!stripped.isEmpty()) {
                return Optional.of(stripped);
            }
        }
        return headings.stream().findFirst();
    }

    /** Candidate headlines: h1 inside the article first, then any h1, in page order. */
    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        for (String q : List.of("article h1", "[itemprop=headline]", "main h1", "h1", ".entry-title, .post-title, h2.title")) {
            for (Element h : doc.select(q)) {
                String t = clean(h.text());
                if (!t.isEmpty() && !out.contains(t)) {
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
        if (words(tail) <= 4 && tail.length() < rest.length()) {
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
