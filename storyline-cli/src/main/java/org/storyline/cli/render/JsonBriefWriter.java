package org.storyline.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Brief;
import org.storyline.model.Claim;
import org.storyline.model.Diagnostic;
import org.storyline.model.Entity;
import org.storyline.model.Evidence;
import org.storyline.model.SourceArticle;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;
import org.storyline.model.TimelineEntry;

/**
 * Renders a brief as JSON in the format documented in {@code docs/brief-json.md}.
 *
 * <p>Field order is fixed, dates are ISO-8601, and absent values are {@code null} rather than left out, so that
 * the same brief always gives the same bytes (two-space indent, {@code \n} line ends). Stateless and thread-safe.
 */
public final class JsonBriefWriter implements BriefWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectWriter writer;

    public JsonBriefWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = new ObjectMapper().writer(printer);
    }

    @Override
    public String write(Brief brief) {
        ObjectNode root = NODES.objectNode();
        ArrayNode stories = root.putArray("stories");
        brief.stories().forEach(s -> stories.add(story(s)));
        ArrayNode diagnostics = root.putArray("diagnostics");
        brief.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        try {
            return writer.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serializes; reaching this is a bug in Jackson or here
            throw new IllegalStateException("expected a JSON tree to serialize, found: " + e.getMessage(), e);
        }
    }

    private static ObjectNode story(StoryBrief story) {
        ObjectNode node = NODES.objectNode();
        node.put("id", story.story().id());
        node.put("headline", story.headline());
        ArrayNode summary = node.putArray("summary");
        story.summary().forEach(s -> summary.add(summarySentence(s)));
        ArrayNode timeline = node.putArray("timeline");
        story.timeline().forEach(t -> timeline.add(timelineEntry(t)));
        ArrayNode entities = node.putArray("entities");
        story.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode quotes = node.putArray("quotes");
        story.quotes().forEach(q -> quotes.add(quote(q)));
        ArrayNode claims = node.putArray("claims");
        story.claims().forEach(c -> claims.add(claim(c)));
        ArrayNode articles = node.putArray("articles");
        story.sources().forEach(s -> articles.add(article(s)));
        return node;
    }

    private static ObjectNode summarySentence(SummarySentence sentence) {
        ObjectNode node = NODES.objectNode();
        node.put("text", sentence.text());
        node.set("evidence", evidence(sentence.evidence()));
        return node;
    }

    private static ObjectNode timelineEntry(TimelineEntry entry) {
        ObjectNode node = NODES.objectNode();
        node.put("date", entry.date().toString());
        node.put("granularity", entry.granularity().name());
        node.put("text", entry.text());
        node.set("evidence", evidence(entry.evidence()));
        return node;
    }

    private static ObjectNode entity(Entity entity) {
        ObjectNode node = NODES.objectNode();
        node.put("name", entity.name());
        node.put("type", entity.type().name());
        ArrayNode aliases = node.putArray("aliases");
        entity.aliases().forEach(aliases::add);
        node.put("role", orNull(entity.role()));
        node.put("mentions", entity.mentions().size());
        return node;
    }

    private static ObjectNode quote(AttributedQuote quote) {
        ObjectNode node = NODES.objectNode();
        node.put("speaker", orNull(quote.speaker()));
        node.put("role", orNull(quote.role()));
        node.put("text", quote.text());
        node.put("article", quote.evidence().articleId());
        node.put("start", quote.evidence().span().start());
        node.put("end", quote.evidence().span().end());
        return node;
    }

    private static ObjectNode claim(Claim claim) {
        ObjectNode node = NODES.objectNode();
        node.put("id", claim.id());
        double value = claim.value();
        // whole numbers (counts, nearly always) print without a fraction: 1200, not 1200.0
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put("value", (long) value);
        } else {
            node.put("value", value);
        }
        node.put("unit", orNull(claim.unit()));
        node.put("what", orNull(claim.what()));
        node.put("event", orNull(claim.event()));
        node.put("qualifier", claim.qualifier().name());
        node.put("time_frame", orNull(claim.timeFrame()));
        node.put("text", claim.text());
        node.put("date", claim.date().map(Object::toString).orElse(null));
        node.set("evidence", evidence(claim.evidence()));
        ArrayNode differsFrom = node.putArray("differs_from");
        claim.differsFrom().forEach(differsFrom::add);
        return node;
    }

    private static ObjectNode article(SourceArticle source) {
        Article article = source.article();
        ObjectNode node = NODES.objectNode();
        node.put("id", article.id());
        node.put("title", orNull(article.title()));
        node.put("url", article.url());
        node.put("outlet", orNull(article.outlet()));
        node.put("published", article.published().map(p -> p.date().toString()).orElse(null));
        node.put(
                "published_source",
                article.published().map(p -> p.source().name()).orElse(null));
        node.put("duplicate_of", source.duplicateOf().orElse(null));
        return node;
    }

    private static ObjectNode diagnostic(Diagnostic diagnostic) {
        ObjectNode node = NODES.objectNode();
        node.put("severity", diagnostic.severity().name());
        node.put("code", diagnostic.code());
        node.put("message", diagnostic.message());
        node.put("location", diagnostic.location());
        return node;
    }

    private static ArrayNode evidence(List<Evidence> evidence) {
        ArrayNode array = NODES.arrayNode();
        for (Evidence e : evidence) {
            ObjectNode node = array.addObject();
            node.put("article", e.articleId());
            node.put("start", e.span().start());
            node.put("end", e.span().end());
        }
        return array;
    }

    /** The model uses "" for an unknown text field; JSON readers expect null. */
    private static String orNull(String value) {
        return Optional.of(value).filter(v -> !v.isBlank()).orElse(null);
    }
}
