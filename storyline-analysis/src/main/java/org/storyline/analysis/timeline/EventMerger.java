package org.storyline.analysis.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.analysis.summary.SentenceMatch;
import org.storyline.analysis.summary.SentenceUnit;
import org.storyline.analysis.summary.StoryText;
import org.storyline.analysis.summary.TermVector;
import org.storyline.model.EntityMention;

/**
 * Merges the dated sentences of a story into events and scores them.
 *
 * <p>Sentences on the same date join the event they share the most wording with, when they report the same
 * thing by {@link SentenceMatch#SAME_DAY_EVENT}; otherwise they start a new event. The sentence shown is taken
 * from an independent article if there is one, the earliest published, then the one with most content words
 * and entity mentions. An event's score is
 * {@code (ln(1 + reporting articles) + story centrality + date centrality + 0.5 x recency) x date weight},
 * where story centrality is the shown sentence's cosine with the story centroid, date centrality its cosine
 * with the centroid of all sentences on that date (the DATEWISE choice of the most central sentence),
 * recency {@code 1 / (1 + weeks between the event and its first report)} (an event reported as it happens is
 * news; one recalled years later is background) and the date weight 1 for a day, 0.5 for a month, 0.3 for
 * a year. Stateless.
 */
final class EventMerger {

    private static final double UNKNOWN_RECENCY = 0.5;

    private EventMerger() {}

    /** The events of the dated sentences, oldest first; on one date, highest score first. */
    static List<TimelineEvent> merge(List<DatedSentence> dated, StoryText text) {
        SortedMap<EventDate, List<SentenceUnit>> byDate = new TreeMap<>();
        for (DatedSentence d : dated) {
            byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d.unit());
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (Map.Entry<EventDate, List<SentenceUnit>> e : byDate.entrySet()) {
            TermVector dateCentroid = centroid(e.getValue());
            List<TimelineEvent> onDate = new ArrayList<>();
            for (List<SentenceUnit> cluster : cluster(e.getValue())) {
                onDate.add(event(e.getKey(), cluster, dateCentroid, text));
            }
            onDate.sort(Comparator.comparingDouble((TimelineEvent t) -> -t.score())
                    .thenComparingInt(t -> t.shown().index()));
            events.addAll(onDate);
        }
        return events;
    }

    private static List<List<SentenceUnit>> cluster(List<SentenceUnit> units) {
        List<List<SentenceUnit>> clusters = new ArrayList<>();
        for (SentenceUnit u : units) {
            List<SentenceUnit> best = null;
            double bestSimilarity = -1;
            for (List<SentenceUnit> c : clusters) {
                for (SentenceUnit member : c) {
                    boolean same = member.text().equals(u.text())
                            || SentenceMatch.SAME_DAY_EVENT.matches(member.vector(), u.vector());
                    double similarity = member.text().equals(u.text())
                            ? 1.0
                            : member.vector().cosine(u.vector());
                    if (same && similarity > bestSimilarity) {
                        best = c;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                clusters.add(best);
            }
            best.add(u);
        }
        return clusters;
    }

    private static TimelineEvent event(
            EventDate date, List<SentenceUnit> members, TermVector dateCentroid, StoryText text) {
        SentenceUnit shown = members.stream().min(shownOrder()).orElseThrow();
        Set<String> articles = new HashSet<>();
        members.forEach(u -> articles.add(u.countsAs()));
        double score = (Math.log(1 + articles.size())
                        + text.centrality(shown)
                        + shown.vector().cosine(dateCentroid)
                        + 0.5 * recency(date, members))
                * date.weight();
        return new TimelineEvent(date, members, shown, articles.size(), score);
    }

    private static Comparator<SentenceUnit> shownOrder() {
        return Comparator.comparing(SentenceUnit::duplicate)
                .thenComparing(u -> u.published().orElse(LocalDate.MAX))
                .thenComparing(
                        Comparator.comparingInt(EventMerger::informativeness).reversed())
                .thenComparingInt(SentenceUnit::index);
    }

    private static int informativeness(SentenceUnit u) {
        int entities = 0;
        for (EntityMention m : u.article().entities()) {
            if (u.sentence().span().contains(m.span())) {
                entities++;
            }
        }
        return u.vector().size() + 2 * entities;
    }

    private static double recency(EventDate date, List<SentenceUnit> members) {
        Optional<LocalDate> firstReport =
                members.stream().flatMap(u -> u.published().stream()).min(LocalDate::compareTo);
        if (firstReport.isEmpty()) {
            return UNKNOWN_RECENCY;
        }
        long lag = Math.max(0, ChronoUnit.DAYS.between(date.lastDay(), firstReport.get()));
        return 1 / (1 + lag / 7.0);
    }

    private static TermVector centroid(List<SentenceUnit> units) {
        SortedMap<Integer, Double> sum = new TreeMap<>();
        for (SentenceUnit u : units) {
            for (int t : u.vector().termIds()) {
                sum.merge(t, u.vector().weight(t), Double::sum);
            }
        }
        return TermVector.normalised(sum);
    }
}
