package org.storyline.eval.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A baseline of common rules, to show what the obvious approach scores: JSON-LD ({@code headline},
 * {@code author.name}, {@code datePublished}) first, then {@code <meta>} tags ({@code og:title},
 * {@code author}, {@code article:published_time} and friends), then {@code <title>} and the first
 * {@code <time datetime>}.
 */
public final class RuleBaselineMetadata implements MetadataExtractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Set<String> ARTICLE_TYPES =
            Set.of("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "WebPage");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=date]",
            "meta[name=DC.date.issued]",
            "meta[name=dcterms.date]",
            "meta[property=og:published_time]");

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public PageMetadata extract(String html, String url) {
        Document document = Jsoup.parse(html, url);
        Optional<JsonNode> article = jsonLdArticle(document);
        Optional<String> title = article.flatMap(a -> text(a.path("headline")))
                .or(() -> meta(document, "meta[property=og:title]"))
                .or(() -> document.title().isBlank() ? Optional.empty() : Optional.of(document.title()));
        List<String> authors = article.map(RuleBaselineMetadata::jsonLdAuthors).orElse(List.of());
        if (authors.isEmpty()) {
            authors = meta(document, "meta[name=author]")
                    .filter(a -> !a.startsWith("http"))
                    .map(List::of)
                    .orElse(List.of());
        }
        Optional<LocalDate> date =
                article.flatMap(a -> text(a.path("datePublished"))).flatMap(RuleBaselineMetadata::day);
        for (int i = 0; date.isEmpty() && i < DATE_META.size(); i++) {
            date = meta(document, DATE_META.get(i)).flatMap(RuleBaselineMetadata::day);
        }
        if (date.isEmpty()) {
            Element time = document.selectFirst("time[datetime]");
            date = time == null ? Optional.empty() : day(time.attr("datetime"));
        }
        return new PageMetadata(title, authors, date);
    }

    private static Optional<JsonNode> jsonLdArticle(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common; the meta tags are the fallback
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.path("@type");
        boolean article = type.isArray()
                ? java.util.stream.StreamSupport.stream(type.spliterator(), false)
                        .anyMatch(t -> ARTICLE_TYPES.contains(t.asText()))
                : ARTICLE_TYPES.contains(type.asText());
        return article && (node.has("headline") || node.has("datePublished")) ? Optional.of(node) : Optional.empty();
    }

    private static List<String> jsonLdAuthors(JsonNode article) {
        JsonNode author = article.path("author");
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(a -> authorName(a).ifPresent(names::add));
        } else {
            authorName(author).ifPresent(names::add);
        }
        return names;
    }

    private static Optional<String> authorName(JsonNode author) {
        return author.isTextual() ? text(author) : text(author.path("name"));
    }

    private static Optional<String> meta(Document document, String selector) {
        Element element = document.selectFirst(selector);
        return element == null
                ? Optional.empty()
                : Optional.of(element.attr("content").trim()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank()
                ? Optional.of(node.asText().trim())
                : Optional.empty();
    }

    private static Optional<LocalDate> day(String value) {
        Matcher matcher = DAY.matcher(value);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
