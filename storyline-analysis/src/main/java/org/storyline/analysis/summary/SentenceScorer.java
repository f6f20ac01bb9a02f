package org.storyline.analysis.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.EntityMention;
import org.storyline.model.Figure;
import org.storyline.model.Quote;
import org.storyline.model.Span;

/**
 * Scores the sentences of a story's independent articles for an extractive summary.
 *
 * <p>score = (0.35 relative centrality + 0.30 lead + 0.25 support + 0.05 key entity + 0.05 figure) x penalties, where
 * relative centrality is the cosine with the story centroid over the highest such cosine, lead = 1/sqrt(1 + rank among the article's eligible
 * sentences) (news puts the most important first), support = log(1 + other articles reporting the same
 * thing) / log(1 + other articles), and the penalties halve or worse sentences that are mostly a direct
 * quote, start with a dangling pronoun ("He added"), have no detectable verb, or are very short or very long.
 * Headline fragments, questions and sentences under {@value #MIN_WORDS} words are not candidates. Support is
 * only counted for the {@value #SUPPORT_POOL} best candidates by the other features, which keeps a
 * 300-article story fast. Duplicate copies are never candidates. Immutable once built; built per story.
 */
final class SentenceScorer {

    static final int MIN_WORDS = 5;
    static final int SUPPORT_POOL = 200;
    private static final int KEY_ENTITY_COUNT = 10;

    /** A scored candidate sentence. */
    record Candidate(SentenceUnit unit, double score) {}

    private final StoryText text;
    private final Set<String> keyEntities;

    SentenceScorer(StoryText text) {
        this.text = text;
        this.keyEntities = keyEntities(text);
    }

    /** Candidates, best first (ties: story order). */
    List<Candidate> candidates() {
        List<Features> pre = new ArrayList<>();
        List<Double> centralities = new ArrayList<>();
        double maxCentrality = 0;
        for (AnalyzedArticle a : text.articles()) {
            if (text.isDuplicate(a.article().id())) {
                continue;
            }
            int rank = 0;
            for (SentenceUnit u : text.unitsOf(a.article().id())) {
                SentenceShape shape = SentenceShape.of(u.text());
                if (!eligible(shape)) {
                    continue;
                }
                double lead = 1 / Math.sqrt(1.0 + rank++);
                double centrality = text.centrality(u);
                maxCentrality = Math.max(maxCentrality, centrality);
                centralities.add(centrality);
                double base = 0.30 * lead + 0.05 * keyEntity(u) + 0.05 * figure(u);
                pre.add(new Features(u, base, penalty(u, shape)));
            }
        }
        // Centrality relative to the most central sentence: in a large story every cosine with the centroid is
        // small, and absolute values would let cross-outlet support (boilerplate repeated on many pages) win.
        for (int i = 0; i < pre.size(); i++) {
            Features f = pre.get(i);
            double relative = maxCentrality == 0 ? 0 : centralities.get(i) / maxCentrality;
            pre.set(i, new Features(f.unit(), f.base() + 0.35 * relative, f.penalty()));
        }
        pre.sort(Comparator.comparingDouble((Features f) -> -f.base() * f.penalty())
                .thenComparingInt(f -> f.unit().index()));
        List<Candidate> out = new ArrayList<>();
        for (Features f : pre.subList(0, Math.min(SUPPORT_POOL, pre.size()))) {
            out.add(new Candidate(f.unit(), (f.base() + 0.25 * support(f.unit())) * f.penalty()));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparingInt(c -> c.unit().index()));
        return out;
    }

    /** The features known before support is counted. */
    private record Features(SentenceUnit unit, double base, double penalty) {}

    static boolean eligible(SentenceShape shape) {
        return shape.endsLikeSentence() && !shape.isQuestion() && shape.wordCount() >= MIN_WORDS;
    }

    private double support(SentenceUnit u) {
        int others = text.articleCount() - 1;
        if (others <= 0) {
            return 0;
        }
        Set<String> reporting = new HashSet<>();
        for (SentenceUnit v : text.sameReports(u, SentenceMatch.SAME_REPORT)) {
            if (!v.countsAs().equals(u.countsAs())) {
                reporting.add(v.countsAs());
            }
        }
        return Math.log(1 + reporting.size()) / Math.log(1 + others);
    }

    private double penalty(SentenceUnit u, SentenceShape shape) {
        double p = 1;
        if (quoteShare(u) > 0.5) {
            p *= 0.5;
        }
        if (shape.startsDangling()) {
            p *= 0.4;
        }
        if (!shape.hasVerb()) {
            p *= 0.5;
        }
        int words = shape.wordCount();
        if (words < 8) {
            p *= 0.5;
        } else if (words > 80) {
            p *= 0.3;
        } else if (words > 50) {
            p *= 0.6;
        }
        return p;
    }

    private static double quoteShare(SentenceUnit u) {
        Span s = u.sentence().span();
        int covered = 0;
        for (Quote q : u.article().quotes()) {
            if (q.direct() && q.content().overlaps(s)) {
                covered += Math.min(q.content().end(), s.end())
                        - Math.max(q.content().start(), s.start());
            }
        }
        return s.length() == 0 ? 0 : (double) covered / s.length();
    }

    private double keyEntity(SentenceUnit u) {
        for (EntityMention m : u.article().entities()) {
            if (u.sentence().span().contains(m.span()) && keyEntities.contains(key(m.text()))) {
                return 1;
            }
        }
        return 0;
    }

    private static double figure(SentenceUnit u) {
        for (Figure f : u.article().figures()) {
            if (u.sentence().span().contains(f.span())) {
                return 1;
            }
        }
        return 0;
    }

    /** The most often written entity names across independent articles (at least twice). */
    private static Set<String> keyEntities(StoryText text) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnalyzedArticle a : text.articles()) {
            if (!text.isDuplicate(a.article().id())) {
                a.entities().forEach(m -> counts.merge(key(m.text()), 1, Integer::sum));
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.removeIf(e -> e.getValue() < 2);
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : ranked.subList(0, Math.min(KEY_ENTITY_COUNT, ranked.size()))) {
            out.add(e.getKey());
        }
        return out;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
