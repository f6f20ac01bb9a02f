package org.storyline.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Brief;
import org.storyline.model.Claim;
import org.storyline.model.Diagnostic;
import org.storyline.model.Entity;
import org.storyline.model.Evidence;
import org.storyline.model.Severity;
import org.storyline.model.SourceArticle;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;
import org.storyline.model.TimelineEntry;

/**
 * Renders a brief as Markdown (CommonMark with GitHub tables).
 *
 * <p>Citation markers {@code [n]} number the sources in the order of the story's Sources list. Every piece of
 * source text is escaped, so nothing from an article can become markup. Sections with nothing in them are left
 * out. Stateless and thread-safe.
 */
public final class MarkdownBriefWriter implements BriefWriter {

    @Override
    public String write(Brief brief) {
        StringBuilder md = new StringBuilder("# Storyline brief\n");
        if (brief.stories().isEmpty()) {
            md.append("\nNo story could be made from the input.\n");
        }
        for (int i = 0; i < brief.stories().size(); i++) {
            writeStory(md, i + 1, brief.stories().get(i));
        }
        writeSkipped(md, brief.diagnostics());
        return md.toString();
    }

    private static void writeStory(StringBuilder md, int index, StoryBrief story) {
        SourceNumbers numbers = SourceNumbers.of(story);
        md.append("\n## ")
                .append(index)
                .append(". ")
                .append(MarkdownText.escape(story.headline()))
                .append('\n');
        md.append("\n_").append(StoryFacts.describe(story)).append("_\n");
        section(md, "Summary", story.summary(), s -> "- " + summaryLine(s, numbers));
        section(md, "Timeline", story.timeline(), t -> "- " + timelineLine(t, numbers));
        section(md, "Who's involved", story.entities(), e -> "- " + entityLine(e));
        section(md, "Who said what", story.quotes(), q -> "> " + quoteLine(q, numbers) + "\n");
        writeFigures(md, story, numbers);
        section(md, "Sources", story.sources(), s -> "- " + sourceLine(s, numbers));
    }

    private static <T> void section(StringBuilder md, String title, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        md.append("\n### ").append(title).append("\n\n");
        String body = items.stream().map(line).collect(Collectors.joining("\n"));
        // quotes end in a blank line each so that they stay separate blockquotes; do not double it at the end
        md.append(body.stripTrailing()).append('\n');
    }

    private static String summaryLine(SummarySentence sentence, SourceNumbers numbers) {
        return MarkdownText.escape(sentence.text()) + citations(sentence.evidence(), numbers);
    }

    private static String timelineLine(TimelineEntry entry, SourceNumbers numbers) {
        return DateLabels.of(entry.date(), entry.granularity()) + " — " + MarkdownText.escape(entry.text())
                + citations(entry.evidence(), numbers);
    }

    private static String entityLine(Entity entity) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + MarkdownText.escape(entity.name()) + "**");
        if (!entity.role().isBlank()) {
            parts.add(MarkdownText.escape(entity.role()));
        }
        if (!entity.aliases().isEmpty()) {
            parts.add("also: "
                    + entity.aliases().stream().map(MarkdownText::escape).collect(Collectors.joining(", ")));
        }
        return String.join(" — ", parts);
    }

    private static String quoteLine(AttributedQuote quote, SourceNumbers numbers) {
        String words = MarkdownText.escape(quote.text());
        String said = quote.direct() ? "\u201c" + words + "\u201d" : words + " _(reported)_";
        return said + " — " + MarkdownText.escape(StoryFacts.speakerLabel(quote))
                + citations(List.of(quote.evidence()), numbers);
    }

    private static void writeFigures(StringBuilder md, StoryBrief story, SourceNumbers numbers) {
        if (story.claims().isEmpty()) {
            return;
        }
        md.append("\n### Figures\n\n");
        md.append("| Figure | What | Outlet | Date | Differs from |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        Map<String, Claim> byId = StoryFacts.claimsById(story);
        for (Claim claim : story.claims()) {
            List<String> differing = new ArrayList<>();
            for (String id : claim.differsFrom()) {
                Optional<Claim> other = Optional.ofNullable(byId.get(id));
                differing.add(
                        other.map(o -> "**" + MarkdownText.escape(o.text()) + "**" + citations(o.evidence(), numbers))
                                .orElse(MarkdownText.escape(id)));
            }
            md.append("| ")
                    .append(MarkdownText.escape(claim.text()))
                    .append(" | ")
                    .append(MarkdownText.escape(StoryFacts.whatLabel(claim)))
                    .append(" | ")
                    .append(outlets(claim.evidence(), story, numbers))
                    .append(" | ")
                    .append(claim.date().map(Object::toString).orElse(""))
                    .append(" | ")
                    .append(String.join("; ", differing))
                    .append(" |\n");
        }
    }

    private static String outlets(List<Evidence> evidence, StoryBrief story, SourceNumbers numbers) {
        List<String> cited = new ArrayList<>();
        numbers.byOutlet(evidence, story).forEach((outlet, sources) -> {
            StringBuilder cell = new StringBuilder(outlet.isBlank() ? "" : MarkdownText.escape(outlet) + " ");
            sources.keySet().forEach(n -> cell.append('[').append(n).append(']'));
            cited.add(cell.toString());
        });
        return String.join(", ", cited);
    }

    private static String sourceLine(SourceArticle source, SourceNumbers numbers) {
        var article = source.article();
        int n = numbers.number(article.id()).orElseThrow();
        List<String> parts = new ArrayList<>();
        parts.add("[" + n + "] " + MarkdownText.escape(StoryFacts.outletLabel(article)));
        parts.add(MarkdownText.escape(StoryFacts.titleLabel(article)));
        parts.add(article.published().map(p -> p.date().toString()).orElse("undated"));
        parts.add(StoryFacts.isWebUrl(article.url()) ? "<" + article.url() + ">" : MarkdownText.escape(article.url()));
        numbers.duplicateNumber(source).ifPresent(m -> parts.add("duplicate of [" + m + "]"));
        return String.join(" — ", parts);
    }

    private static String citations(List<Evidence> evidence, SourceNumbers numbers) {
        StringBuilder out = new StringBuilder();
        numbers.firstEvidenceBySource(evidence)
                .keySet()
                .forEach(n -> out.append('[').append(n).append(']'));
        return out.length() == 0 ? "" : " " + out;
    }

    private static void writeSkipped(StringBuilder md, List<Diagnostic> diagnostics) {
        List<Diagnostic> skipped =
                diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (skipped.isEmpty()) {
            return;
        }
        md.append("\n## Skipped inputs\n\n");
        skipped.forEach(
                d -> md.append("- ").append(MarkdownText.code(d.oneLine())).append('\n'));
    }
}
