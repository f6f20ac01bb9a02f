package org.storyline.analysis.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.analysis.alias.ResolvedEntities;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Entity;
import org.storyline.model.Evidence;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/**
 * Collects who said what in a story, in order of first appearance (articles in reference order, quotes in
 * text order). Only independent articles are read, so a duplicate copy adds nothing. The speaker is mapped
 * to its entity's canonical name, by the resolved speaker name first, then by the mention that names the
 * speaker, then by that mention's text; the role is the entity's. An unresolved speaker keeps the name the
 * quote analysis gave, or stays empty. The same words quoted by several outlets are listed once, at their
 * first appearance, taking a known speaker from a later copy when the first one has none. Stateless.
 */
final class QuoteCollector {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuoteCollector() {}

    /**
     * @param independent the story's non-duplicate articles, in reference order
     * @param entities the story's resolved entities
     */
    static List<AttributedQuote> collect(List<AnalyzedArticle> independent, ResolvedEntities entities) {
        Map<String, AttributedQuote> byWords = new LinkedHashMap<>();
        for (AnalyzedArticle a : independent) {
            for (Quote q : a.quotes()) {
                String text = a.article().text(q.content()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                AttributedQuote quote = attribute(a, q, text, entities);
                byWords.merge(
                        key(text),
                        quote,
                        (kept, later) -> kept.speaker().isEmpty()
                                        && !later.speaker().isEmpty()
                                ? new AttributedQuote(
                                        later.speaker(), later.role(), kept.text(), kept.direct(), kept.evidence())
                                : kept);
            }
        }
        return List.copyOf(new ArrayList<>(byWords.values()));
    }

    private static AttributedQuote attribute(AnalyzedArticle a, Quote q, String text, ResolvedEntities entities) {
        String articleId = a.article().id();
        Optional<Entity> entity = Optional.empty();
        if (!q.speaker().isBlank()) {
            entity = entities.byName(q.speaker());
        }
        if (entity.isEmpty() && q.speakerMention().isPresent()) {
            Span mention = q.speakerMention().get();
            entity = entities.byMention(articleId, mention)
                    .or(() -> entities.byName(a.article().text(mention)));
        }
        String speaker = entity.map(Entity::name).orElse(q.speaker().strip());
        String role = entity.map(Entity::role).orElse("");
        return new AttributedQuote(speaker, role, text, q.direct(), new Evidence(articleId, q.span()));
    }

    /** Quotes match when their words match, whatever the case, spacing and punctuation. */
    private static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
