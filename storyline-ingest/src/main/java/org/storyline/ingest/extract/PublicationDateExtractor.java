package org.storyline.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.model.DateSource;
import org.storyline.model.PublishedDate;

/**
 * Finds the day a page was first published, trying the most reliable sources first: the Open Graph
 * {@code article:published_time}, JSON-LD, other meta tags, {@code <time>} elements, the URL, then dates
 * in the visible text near the headline and byline. Published dates are preferred over modified dates at
 * every level. (Open Graph goes before JSON-LD because, where the two disagree, it was right more often on
 * the trafilatura evaluation pages.)
 *
 * <p>Stateless and thread-safe. Works on the unmodified document.
 */
final class PublicationDateExtractor {
    /** Meta tags naming the publication date, most specific first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time",
            "og:published_time",
            "og:article:published_time",
            "datepublished",
            "article.published",
            "article:published",
            "published_time",
            "published-date",
            "publish-date",
            "publish_date",
            "pubdate",
            "publishdate",
            "publication_date",
            "publication-date",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date.created",
            "dcterms.created",
            "dc.date",
            "dcterms.date",
            "date",
            "sailthru.date",
            "parsely-pub-date",
            "article.created",
            "article_date_original",
            "cxenseparse:recs:publishtime",
            "date_published",
            "originalpublicationdate",
            "og:pubdate",
            "release_date",
            "created",
            "citation_date",
            "citation_publication_date",
            "dc.created",
            "article:post_date",
            "bt:pubdate",
            "pub_date",
            "uploaddate");
    /** The Open Graph article time, which CMSs fill from the same field readers see. */
    private static final List<String> OPEN_GRAPH_PUBLISHED = List.of("article:published_time");

    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time",
            "og:updated_time",
            "datemodified",
            "dc.date.modified",
            "dcterms.modified",
            "last-modified",
            "lastmod",
            "article:modified",
            "dateupdate");
    private static final Pattern DATE_HINT = Pattern.compile(
            "date|datum|time|zeit|publi|posted|meta|byline|dateline|fecha|data|timestamp|entry-info|author|info|head",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_YMD =
            Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?!\\d)");
    private static final Pattern URL_COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern URL_DMY =
            Pattern.compile("(?<!\\d)(\\d{2})[_.-]?(\\d{2})[_.-]?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern UTC_NEAR_MIDNIGHT =
            Pattern.compile("T(\\d{2}):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]00:?00)$");
    private static final Pattern MODIFIED_HINT =
            Pattern.compile("modif|update|aktualisiert|geändert", Pattern.CASE_INSENSITIVE);

    Optional<PublishedDate> extract(Document doc, JsonLd jsonLd, MetaTags meta, String url, boolean monthFirst) {
        return fromMeta(meta, OPEN_GRAPH_PUBLISHED, doc, monthFirst)
                .map(d -> new PublishedDate(d, DateSource.META_TAG))
                .or(() -> fromJsonLd(jsonLd, "datePublished", doc, monthFirst)
                        .or(() -> fromJsonLd(jsonLd, "dateCreated", doc, monthFirst))
                        .or(() -> fromJsonLd(jsonLd, "uploadDate", doc, monthFirst))
                        .map(d -> new PublishedDate(d, DateSource.JSON_LD)))
                .or(() -> fromMeta(meta, PUBLISHED_META, doc, monthFirst)
                        .map(d -> new PublishedDate(d, DateSource.META_TAG)))
                .or(() -> fromTimeElements(doc, monthFirst).map(d -> new PublishedDate(d, DateSource.TIME_ELEMENT)))
                .or(() -> fromUrl(url).map(d -> new PublishedDate(d, DateSource.URL)))
                .or(() -> fromText(doc, monthFirst).map(d -> new PublishedDate(d, DateSource.TEXT)))
                .or(() -> fromJsonLd(jsonLd, "dateModified", doc, monthFirst)
                        .map(d -> new PublishedDate(d, DateSource.JSON_LD)))
                .or(() -> fromMeta(meta, MODIFIED_META, doc, monthFirst)
                        .map(d -> new PublishedDate(d, DateSource.META_TAG)));
    }

    private static Optional<LocalDate> fromJsonLd(JsonLd jsonLd, String field, Document doc, boolean monthFirst) {
        for (JsonNode o : jsonLd.articles()) {
            Optional<String> raw = JsonLd.text(o.get(field));
            Optional<LocalDate> d = raw.flatMap(s -> DateTextParser.find(s, false, true));
            if (d.isPresent()) {
                return Optional.of(localDay(raw.get(), d.get(), doc, monthFirst));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fromMeta(MetaTags meta, List<String> keys, Document doc, boolean monthFirst) {
        for (String key : keys) {
            for (String value : meta.all(key)) {
                Optional<LocalDate> d = DateTextParser.find(value, monthFirst, true);
                if (d.isPresent()) {
                    return Optional.of(localDay(value, d.get(), doc, monthFirst));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A UTC timestamp near midnight names the wrong day for half the world: when the page shows a date one
     * day off in its visible header, that local day is the one readers saw.
     */
    private static LocalDate localDay(String raw, LocalDate utcDay, Document doc, boolean monthFirst) {
        Matcher m = UTC_NEAR_MIDNIGHT.matcher(raw.strip());
        if (!m.find()) {
            return utcDay;
        }
        int hour = Integer.parseInt(m.group(1));
        if (hour > 4 && hour < 19) {
            return utcDay;
        }
        Optional<LocalDate> visible = visibleDate(doc, monthFirst);
        if (visible.isPresent() && Math.abs(visible.get().toEpochDay() - utcDay.toEpochDay()) == 1) {
            return visible.get();
        }
        return utcDay;
    }

    /** The first date printed in a time element or a date-like element's text. */
    private static Optional<LocalDate> visibleDate(Document doc, boolean monthFirst) {
        for (Element e : doc.select("time, [itemprop=datePublished]")) {
            Optional<LocalDate> d = DateTextParser.find(e.text(), monthFirst, false);
            if (d.isPresent()) {
                return d;
            }
        }
        return hintedText(doc, monthFirst);
    }

    private static Optional<LocalDate> fromTimeElements(Document doc, boolean monthFirst) {
        for (String query : List.of(
                "[itemprop=datePublished]",
                "time[pubdate]",
                "[property=datePublished]",
                "article header time[datetime]",
                "article time[datetime]",
                "main time[datetime]",
                "header time[datetime]",
                "time[datetime]")) {
            for (Element e : doc.select(query)) {
                if (MODIFIED_HINT
                        .matcher(e.className() + " " + e.attr("itemprop"))
                        .find()) {
                    continue;
                }
                String value = e.hasAttr("datetime")
                        ? e.attr("datetime")
                        : e.hasAttr("content") ? e.attr("content") : e.text();
                Optional<LocalDate> d = DateTextParser.find(value, monthFirst, true)
                        .or(() -> DateTextParser.find(e.text(), monthFirst, false));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Dates in the URL path: /2016/12/03/, /20161203/, 2016-12-03, 03-12-2016, 03122016. */
    static Optional<LocalDate> fromUrl(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        Matcher m = URL_YMD.matcher(path);
        if (m.find()) {
            Optional<LocalDate> d = ymd(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Matcher c = URL_COMPACT.matcher(path); c.find(); ) {
            Optional<LocalDate> d = ymd(c.group(1), c.group(2), c.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        for (Matcher c = URL_DMY.matcher(path); c.find(); ) {
            Optional<LocalDate> d = ymd(c.group(3), c.group(2), c.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> ymd(String year, String month, String day) {
        return DateTextParser.day(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** A date in a short element whose class or id suggests a date, else the first date in the text. */
    private static Optional<LocalDate> fromText(Document doc, boolean monthFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        // Last resort: the first date in the visible text, usually the post date above the article.
        return hintedText(doc, monthFirst)
                .or(() -> DateTextParser.find(doc.body().text(), monthFirst, false));
    }

    /** A date in a short element whose class or id suggests a date, byline or article header. */
    private static Optional<LocalDate> hintedText(Document doc, boolean monthFirst) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        for (Element e : doc.body().select("*")) {
            String hints = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (!DATE_HINT.matcher(hints).find() || MODIFIED_HINT.matcher(hints).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            Optional<LocalDate> d = DateTextParser.find(text, monthFirst, false);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}
