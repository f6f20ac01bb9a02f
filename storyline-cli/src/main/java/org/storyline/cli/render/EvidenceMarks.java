package org.storyline.cli.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.storyline.model.Article;
import org.storyline.model.Evidence;
import org.storyline.model.SourceArticle;
import org.storyline.model.Span;
import org.storyline.model.StoryBrief;

/**
 * The highlighted passages of one story's source texts: every span the brief cites, with overlapping spans
 * merged into one region so that the marks nest properly in HTML. A citation links to the region that holds its
 * evidence; a region's id is unique within the page.
 */
final class EvidenceMarks {
    /** A highlighted passage of one article. */
    record Region(Span span, String id) {}

    private final Map<String, List<Region>> regionsByArticle;

    private EvidenceMarks(Map<String, List<Region>> regionsByArticle) {
        this.regionsByArticle = regionsByArticle;
    }

    /** The marks of {@code story}, the {@code storyNumber}-th story of the page (ids are prefixed with it). */
    static EvidenceMarks of(StoryBrief story, SourceNumbers numbers, int storyNumber) {
        Map<String, List<Span>> spans = new HashMap<>();
        citedEvidence(story).forEach(e -> spans.computeIfAbsent(e.articleId(), k -> new ArrayList<>())
                .add(e.span()));
        Map<String, List<Region>> regions = new HashMap<>();
        for (SourceArticle source : story.sources()) {
            Article article = source.article();
            List<Span> cited = spans.getOrDefault(article.id(), List.of());
            int n = numbers.number(article.id()).orElseThrow();
            regions.put(article.id(), merge(cited, article.text().length(), "m" + storyNumber + "-" + n + "-"));
        }
        return new EvidenceMarks(regions);
    }

    /** The regions of {@code articleId}'s text, in text order, never overlapping. */
    List<Region> regions(String articleId) {
        return regionsByArticle.getOrDefault(articleId, List.of());
    }

    /** The id of the region holding {@code evidence}, or empty when its span lies outside its article's text. */
    Optional<String> markId(Evidence evidence) {
        for (Region region : regions(evidence.articleId())) {
            if (region.span().contains(evidence.span())) {
                return Optional.of(region.id());
            }
        }
        return Optional.empty();
    }

    private static Stream<Evidence> citedEvidence(StoryBrief story) {
        return Stream.of(
                        story.summary().stream().flatMap(s -> s.evidence().stream()),
                        story.timeline().stream().flatMap(t -> t.evidence().stream()),
                        story.quotes().stream().map(q -> q.evidence()),
                        story.claims().stream().flatMap(c -> c.evidence().stream()))
                .flatMap(s -> s);
    }

    /** Unions of overlapping spans that fit in a text of {@code textLength} chars; empty spans are dropped. */
    private static List<Region> merge(List<Span> spans, int textLength, String idPrefix) {
        List<Span> sorted = spans.stream()
                .filter(s -> s.end() <= textLength && s.length() > 0)
                .sorted()
                .toList();
        List<Region> regions = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span span : sorted) {
            if (start >= 0 && span.start() < end) {
                end = Math.max(end, span.end());
                continue;
            }
            if (start >= 0) {
                regions.add(new Region(new Span(start, end), idPrefix + start));
            }
            start = span.start();
            end = span.end();
        }
        if (start >= 0) {
            regions.add(new Region(new Span(start, end), idPrefix + start));
        }
        return List.copyOf(regions);
    }
}
