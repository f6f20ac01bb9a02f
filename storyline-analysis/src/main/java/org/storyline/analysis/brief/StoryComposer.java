package org.storyline.analysis.brief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.storyline.analysis.alias.EntityResolver;
import org.storyline.analysis.alias.ResolvedEntities;
import org.storyline.analysis.claim.ClaimBuilder;
import org.storyline.analysis.summary.StoryText;
import org.storyline.analysis.summary.Summarizer;
import org.storyline.analysis.timeline.TimelineBuilder;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Claim;
import org.storyline.model.Entity;
import org.storyline.model.SourceArticle;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;
import org.storyline.model.TimelineEntry;

/**
 * Composes the brief of one story from its member articles only. The timeline shown in a brief keeps at most
 * {@value #TIMELINE_DATES} dates and {@value #EVENTS_PER_DATE} events per date, chosen as in
 * {@link TimelineBuilder#build(List, SortedMap, int, int)}, so that a 300-article story stays readable.
 * Stateless and thread-safe.
 */
final class StoryComposer {

    static final int TIMELINE_DATES = 40;
    static final int EVENTS_PER_DATE = 3;

    private final EntityResolver entityResolver = new EntityResolver();
    private final ClaimBuilder claimBuilder = new ClaimBuilder();
    private final TimelineBuilder timelineBuilder = new TimelineBuilder();
    private final Summarizer summarizer;

    StoryComposer(int summarySentences) {
        this.summarizer = new Summarizer(summarySentences);
    }

    /**
     * @param story the story as grouped
     * @param members its articles, duplicates included
     */
    StoryBrief compose(Story story, List<AnalyzedArticle> members) {
        SortedMap<String, String> duplicates = story.duplicateOf();
        StoryText text = StoryText.of(members, duplicates);
        List<AnalyzedArticle> independent = new ArrayList<>();
        for (AnalyzedArticle a : text.articles()) {
            if (!text.isDuplicate(a.article().id())) {
                independent.add(a);
            }
        }
        ResolvedEntities resolved = entityResolver.resolve(members);
        List<AttributedQuote> quotes = QuoteCollector.collect(independent, resolved);
        Set<String> speakers = new HashSet<>();
        quotes.forEach(q -> speakers.add(q.speaker()));
        List<Entity> entities = EntitySelection.select(resolved.entities(), duplicates.keySet(), speakers);
        // One story text serves the headline, the summary and the timeline: building it tokenizes and weighs
        // every sentence of the story, the costliest step of composing a brief.
        List<SummarySentence> summary = summarizer.summarize(text);
        List<TimelineEntry> timeline = timelineBuilder.build(text, TIMELINE_DATES, EVENTS_PER_DATE);
        List<Claim> claims = claimBuilder.build(members, duplicates);
        Story named = new Story(
                story.id(),
                story.articleIds(),
                duplicates,
                EntitySelection.keyNames(entities),
                story.firstSeen(),
                story.lastSeen());
        return new StoryBrief(
                named,
                Headlines.choose(story.id(), text, summary),
                summary,
                timeline,
                entities,
                quotes,
                claims,
                sources(text, duplicates));
    }

    /** Members oldest first (unknown dates last), then by id, each with the article it copies. */
    private static List<SourceArticle> sources(StoryText text, SortedMap<String, String> duplicates) {
        List<SourceArticle> out = new ArrayList<>();
        for (AnalyzedArticle a : text.articles()) {
            out.add(new SourceArticle(
                    a.article(), Optional.ofNullable(duplicates.get(a.article().id()))));
        }
        return out;
    }
}
