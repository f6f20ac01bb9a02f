package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * The sourced brief of one story.
 *
 * @param story the story
 * @param headline a headline for the whole story
 * @param summary the extractive summary, most important first, every sentence cited
 * @param timeline dated events, oldest first
 * @param entities people, organisations and places, most mentioned first
 * @param quotes who said what, in order of first appearance
 * @param claims figures as reported, with corroboration and disagreement
 * @param sources the member articles, oldest first
 */
public record StoryBrief(
        Story story,
        String headline,
        List<SummarySentence> summary,
        List<TimelineEntry> timeline,
        List<Entity> entities,
        List<AttributedQuote> quotes,
        List<Claim> claims,
        List<SourceArticle> sources) {
    public StoryBrief {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(headline, "headline");
        summary = List.copyOf(summary);
        timeline = List.copyOf(timeline);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }
}
