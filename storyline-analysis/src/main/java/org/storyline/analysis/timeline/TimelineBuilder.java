package org.storyline.analysis.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.analysis.summary.SentenceUnit;
import org.storyline.analysis.summary.StoryText;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Granularity;
import org.storyline.model.TimelineEntry;

/**
 * Builds a story's timeline: the events its articles date, oldest first, each with every sentence reporting
 * it.
 *
 * <p>Dated sentences are found by {@link DatedSentenceFinder} (the date is the date mentioned, not the
 * publication date), merged into events per date and scored by {@link EventMerger}. The budgeted form picks
 * dates the DATEWISE way (Gholipour Ghalandari and Ifrim 2020): by how many sentences of independent articles
 * mention them (days before months and years, which only fill a budget that days cannot; ties by the summed
 * event scores, then the earlier date), then the best-scored events on each chosen date, never showing one sentence
 * twice. Stateless and thread-safe.
 */
public final class TimelineBuilder {

    public TimelineBuilder() {}

    /**
     * Dated events, oldest first, one entry per distinct event; evidence = every sentence reporting it.
     * On one date, the most important event comes first.
     *
     * @param articles the story's articles, duplicate copies included
     * @param duplicates copy id to original id
     */
    public List<TimelineEntry> build(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEvent e : events(articles, duplicates)) {
            out.add(e.toEntry());
        }
        return out;
    }

    /**
     * The same with a budget (used by the Timeline17/Crisis benchmark: gold number of dates and sentences per
     * date): at most maxDates dates, at most sentencesPerDate entries per date.
     *
     * @throws IllegalArgumentException when a budget is negative
     */
    public List<TimelineEntry> build(
            List<AnalyzedArticle> articles, SortedMap<String, String> duplicates, int maxDates, int sentencesPerDate) {
        if (maxDates < 0 || sentencesPerDate < 0) {
            throw new IllegalArgumentException("expected non-negative budgets, found maxDates " + maxDates
                    + ", sentencesPerDate " + sentencesPerDate);
        }
        SortedMap<EventDate, List<TimelineEvent>> byDate = new TreeMap<>();
        for (TimelineEvent e : events(articles, duplicates)) {
            byDate.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
        }
        List<EventDate> ranked = rankDates(byDate);
        Set<Integer> shownUnits = new HashSet<>();
        SortedMap<EventDate, List<TimelineEvent>> chosen = new TreeMap<>();
        for (EventDate d : ranked) {
            if (chosen.size() >= maxDates) {
                break;
            }
            List<TimelineEvent> picked = new ArrayList<>();
            for (TimelineEvent e : byDate.get(d)) {
                if (picked.size() < sentencesPerDate && shownUnits.add(e.shown().index())) {
                    picked.add(e);
                }
            }
            if (!picked.isEmpty()) {
                chosen.put(d, picked);
            }
        }
        List<TimelineEntry> out = new ArrayList<>();
        chosen.values().forEach(events -> events.forEach(e -> out.add(e.toEntry())));
        return out;
    }

    private static List<TimelineEvent> events(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(duplicates, "duplicates");
        StoryText text = StoryText.of(articles, duplicates);
        return EventMerger.merge(DatedSentenceFinder.find(text), text);
    }

    /** Dates by weighted count of independent sentences mentioning them, then summed event score, then age. */
    private static List<EventDate> rankDates(SortedMap<EventDate, List<TimelineEvent>> byDate) {
        Map<EventDate, Double> mentions = new HashMap<>();
        Map<EventDate, Double> scores = new HashMap<>();
        for (Map.Entry<EventDate, List<TimelineEvent>> e : byDate.entrySet()) {
            Set<Integer> independent = new HashSet<>();
            double score = 0;
            for (TimelineEvent event : e.getValue()) {
                for (SentenceUnit u : event.members()) {
                    if (!u.duplicate()) {
                        independent.add(u.index());
                    }
                }
                score += event.score();
            }
            mentions.put(e.getKey(), independent.size() * e.getKey().weight());
            scores.put(e.getKey(), score);
        }
        List<EventDate> ranked = new ArrayList<>(byDate.keySet());
        // Days first: a month or a year only fills the budget when too few days are mentioned, because a
        // coarse date is mentioned far more often than any day yet rarely is the date of an event.
        ranked.sort(Comparator.comparing((EventDate d) -> d.granularity() != Granularity.DAY)
                .thenComparingDouble((EventDate d) -> -mentions.get(d))
                .thenComparingDouble(d -> -scores.get(d))
                .thenComparing(Comparator.naturalOrder()));
        return ranked;
    }
}
