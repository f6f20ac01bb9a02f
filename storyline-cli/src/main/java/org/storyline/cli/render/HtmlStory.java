package org.storyline.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.storyline.model.Article;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Claim;
import org.storyline.model.Entity;
import org.storyline.model.Evidence;
import org.storyline.model.SourceArticle;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;
import org.storyline.model.TimelineEntry;

/**
 * Writes the HTML of one story: its sections, then its sources' full texts with every cited span marked. Every
 * citation links to the mark that holds its evidence. Used for one story of one page, then dropped.
 */
final class HtmlStory {
    private final StoryBrief story;
    private final int storyNumber;
    private final SourceNumbers numbers;
    private final EvidenceMarks marks;
    private final StringBuilder html;

    HtmlStory(StoryBrief story, int storyNumber, StringBuilder html) {
        this.story = story;
        this.storyNumber = storyNumber;
        this.numbers = SourceNumbers.of(story);
        this.marks = EvidenceMarks.of(story, numbers, storyNumber);
        this.html = html;
    }

    /** The id of the story's element, for the page's table of contents. */
    static String anchor(int storyNumber) {
        return "story-" + storyNumber;
    }

    void write() {
        html.append("<article class=\"story\" id=\"")
                .append(anchor(storyNumber))
                .append("\">\n");
        html.append("<h1>").append(HtmlText.escape(story.headline())).append("</h1>\n");
        html.append("<p class=\"meta\">")
                .append(HtmlText.escape(StoryFacts.describe(story)))
                .append("</p>\n");
        list("Summary", "ul", "summary", story.summary(), this::summaryItem);
        list("Timeline", "ol", "timeline", story.timeline(), this::timelineItem);
        list("Who\u2019s involved", "ul", "entities", story.entities(), this::entityItem);
        quotes();
        figures();
        sources();
        html.append("</article>\n");
    }

    private <T> void list(String title, String tag, String cssClass, List<T> items, Consumer<T> item) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>").append(HtmlText.escape(title)).append("</h2>\n");
        html.append('<').append(tag).append(" class=\"").append(cssClass).append("\">\n");
        for (T t : items) {
            html.append("<li>");
            item.accept(t);
            html.append("</li>\n");
        }
        html.append("</").append(tag).append(">\n</section>\n");
    }

    private void summaryItem(SummarySentence sentence) {
        html.append(HtmlText.escape(sentence.text())).append(citations(sentence.evidence()));
    }

    private void timelineItem(TimelineEntry entry) {
        html.append("<time datetime=\"")
                .append(entry.date())
                .append("\">")
                .append(HtmlText.escape(DateLabels.of(entry.date(), entry.granularity())))
                .append("</time> <span>")
                .append(HtmlText.escape(entry.text()))
                .append(citations(entry.evidence()))
                .append("</span>");
    }

    private void entityItem(Entity entity) {
        html.append("<strong>").append(HtmlText.escape(entity.name())).append("</strong>");
        if (!entity.role().isBlank()) {
            html.append(" \u2014 <span class=\"role\">")
                    .append(HtmlText.escape(entity.role()))
                    .append("</span>");
        }
        if (!entity.aliases().isEmpty()) {
            html.append(" \u2014 <span class=\"aliases\">also: ")
                    .append(HtmlText.escape(String.join(", ", entity.aliases())))
                    .append("</span>");
        }
    }

    private void quotes() {
        if (story.quotes().isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>Who said what</h2>\n");
        for (AttributedQuote quote : story.quotes()) {
            String words = HtmlText.escape(quote.text());
            html.append("<blockquote class=\"")
                    .append(quote.direct() ? "direct" : "reported")
                    .append("\"><p>")
                    .append(quote.direct() ? "\u201c" + words + "\u201d" : words)
                    .append("</p><footer>\u2014 ")
                    .append(HtmlText.escape(StoryFacts.speakerLabel(quote)))
                    .append(quote.direct() ? "" : " (reported)")
                    .append(citations(List.of(quote.evidence())))
                    .append("</footer></blockquote>\n");
        }
        html.append("</section>\n");
    }

    private void figures() {
        if (story.claims().isEmpty()) {
            return;
        }
        html.append("<section>\n<h2>Figures</h2>\n<table class=\"figures\">\n");
        html.append("<thead><tr><th>Figure</th><th>What</th><th>Outlet</th><th>Date</th><th>Differs from</th>"
                + "</tr></thead>\n<tbody>\n");
        Map<String, Claim> byId = StoryFacts.claimsById(story);
        for (Claim claim : story.claims()) {
            boolean differs = !claim.differsFrom().isEmpty();
            html.append(differs ? "<tr class=\"differs\">" : "<tr>");
            html.append("<td>").append(HtmlText.escape(claim.text()));
            if (differs) {
                html.append("<span class=\"flag\" title=\"Sources report a different figure\">\u26a0 differs</span>");
            }
            html.append("</td><td>").append(HtmlText.escape(StoryFacts.whatLabel(claim)));
            html.append("</td><td>").append(outlets(claim.evidence()));
            html.append("</td><td class=\"date\">")
                    .append(claim.date().map(Object::toString).orElse(""));
            html.append("</td><td>");
            List<String> others = new ArrayList<>();
            for (String id : claim.differsFrom()) {
                Claim other = byId.get(id);
                others.add(
                        other == null
                                ? HtmlText.escape(id)
                                : "<strong>" + HtmlText.escape(other.text()) + "</strong>"
                                        + citations(other.evidence()));
            }
            html.append(String.join("; ", others)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private String outlets(List<Evidence> evidence) {
        List<String> cited = new ArrayList<>();
        numbers.byOutlet(evidence, story).forEach((outlet, sources) -> {
            StringBuilder cell = new StringBuilder(HtmlText.escape(outlet));
            sources.forEach((n, e) -> cell.append(citation(n, e)));
            cited.add(cell.toString());
        });
        return String.join(", ", cited);
    }

    private void sources() {
        html.append("<section class=\"sources\">\n<h2>Sources</h2>\n");
        for (SourceArticle source : story.sources()) {
            Article article = source.article();
            int n = numbers.number(article.id()).orElseThrow();
            html.append("<div class=\"source\" id=\"").append(sourceAnchor(n)).append("\">\n");
            html.append("<h3>[")
                    .append(n)
                    .append("] ")
                    .append(HtmlText.escape(StoryFacts.titleLabel(article)))
                    .append("</h3>\n");
            html.append("<p class=\"source-head\">").append(HtmlText.escape(StoryFacts.outletLabel(article)));
            html.append(" \u00b7 ")
                    .append(article.published().map(p -> p.date().toString()).orElse("undated"));
            html.append(" \u00b7 ").append(location(article.url()));
            numbers.duplicateNumber(source).ifPresent(m -> html.append(" \u00b7 duplicate of <a href=\"#")
                    .append(sourceAnchor(m))
                    .append("\">[")
                    .append(m)
                    .append("]</a>"));
            html.append("</p>\n<div class=\"text\">");
            markedText(article);
            html.append("</div>\n</div>\n");
        }
        html.append("</section>\n");
    }

    private static String location(String url) {
        String text = HtmlText.escape(url);
        return StoryFacts.isWebUrl(url) ? "<a href=\"" + text + "\">" + text + "</a>" : "<span>" + text + "</span>";
    }

    private void markedText(Article article) {
        String text = article.text();
        int at = 0;
        for (EvidenceMarks.Region region : marks.regions(article.id())) {
            html.append(HtmlText.escape(text.substring(at, region.span().start())));
            html.append("<mark id=\"")
                    .append(region.id())
                    .append("\">")
                    .append(HtmlText.escape(region.span().of(text)))
                    .append("</mark>");
            at = region.span().end();
        }
        html.append(HtmlText.escape(text.substring(at)));
    }

    private String citations(List<Evidence> evidence) {
        StringBuilder out = new StringBuilder();
        numbers.firstEvidenceBySource(evidence).forEach((n, e) -> out.append(citation(n, e)));
        return out.toString();
    }

    /** A link to the highlighted evidence, or to the source itself when the span lies outside its text. */
    private String citation(int n, Evidence evidence) {
        String target = marks.markId(evidence).orElse(sourceAnchor(n));
        String title = StoryFacts.outletLabel(story.sources().get(n - 1).article());
        return "<a class=\"cite\" href=\"#" + target + "\" title=\"" + HtmlText.escape(title) + "\">[" + n + "]</a>";
    }

    private String sourceAnchor(int n) {
        return "src" + storyNumber + "-" + n;
    }
}
