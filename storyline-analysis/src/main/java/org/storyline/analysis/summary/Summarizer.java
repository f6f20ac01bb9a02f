package org.storyline.analysis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Evidence;
import org.storyline.model.SummarySentence;

/**
 * Extractive multi-document summary of one story.
 *
 * <p>Sentences of the independent (non-duplicate) articles are scored by centrality, lead position, how many
 * other articles report the same thing, key entities and figures, with penalties for quotes, dangling
 * pronouns and odd lengths (see {@link SentenceScorer}); then picked greedily with maximal marginal relevance
 * (score - 0.3 x the highest cosine with an already picked sentence), never picking a sentence that reports
 * the same thing as a picked one ({@link SentenceMatch#SAME_REPORT}), and stopping below a fifth of the best
 * score. Of equally good wordings of one report (within 10% of the best score) the earliest published is
 * shown. Each picked sentence cites itself and every sentence of every other article, duplicate copies
 * included, that reports the same thing by {@link SentenceMatch#SAME_REPORT}. Stateless and thread-safe.
 */
public final class Summarizer {

    private static final double REDUNDANCY_WEIGHT = 0.3;
    private static final double MIN_RELATIVE_SCORE = 0.2;
    private static final double EQUIVALENT_SCORE = 0.9;

    private final int maxSentences;

    /** @param maxSentences the most sentences a summary may have, at least 1 */
    public Summarizer(int maxSentences) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("expected maxSentences >= 1, found " + maxSentences);
        }
        this.maxSentences = maxSentences;
    }

    /**
     * Extractive multi-document summary: non-redundant, most important first; each sentence carries as
     * evidence every sentence in the (non-duplicate and duplicate) articles that reports the same thing.
     *
     * @param articles the story's articles, duplicate copies included
     * @param duplicates copy id to original id
     * @return at most {@code maxSentences} sentences, each written as in its source; empty when no article
     *     has a complete sentence
     */
    public List<SummarySentence> summarize(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(duplicates, "duplicates");
        return summarize(StoryText.of(articles, duplicates));
    }

    /**
     * The same over a story text already built, so that a caller that also needs the story text (the brief
     * composer, the timeline) builds it once.
     */
    public List<SummarySentence> summarize(StoryText text) {
        Objects.requireNonNull(text, "text");
        List<SentenceScorer.Candidate> candidates = new SentenceScorer(text).candidates();
        List<SentenceUnit> picked = pick(candidates);
        List<SummarySentence> out = new ArrayList<>();
        for (SentenceUnit u : picked) {
            out.add(new SummarySentence(u.text(), evidence(u, text)));
        }
        return out;
    }

    private List<SentenceUnit> pick(List<SentenceScorer.Candidate> candidates) {
        List<SentenceUnit> picked = new ArrayList<>();
        if (candidates.isEmpty()) {
            return picked;
        }
        double floor = candidates.get(0).score() * MIN_RELATIVE_SCORE;
        List<SentenceScorer.Candidate> open = new ArrayList<>(candidates);
        while (picked.size() < maxSentences && !open.isEmpty()) {
            SentenceScorer.Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (SentenceScorer.Candidate c : open) {
                double value = c.score() - REDUNDANCY_WEIGHT * maxCosine(c.unit(), picked);
                // Candidates come best first, so a strict ">" keeps ties in story order.
                if (value > bestValue) {
                    best = c;
                    bestValue = value;
                }
            }
            if (best == null || best.score() < floor) {
                break;
            }
            SentenceUnit chosen = earliestEquivalent(best, open);
            SentenceUnit bestUnit = best.unit();
            picked.add(chosen);
            open.removeIf(c -> c.unit() == chosen
                    || c.unit() == bestUnit
                    || SentenceMatch.SAME_REPORT.matches(c.unit().vector(), chosen.vector())
                    || c.unit().text().equals(chosen.text()));
        }
        return picked;
    }

    /**
     * Among the candidates reporting the same thing as {@code best} and scoring within
     * {@value #EQUIVALENT_SCORE} of it, the one published first (story order): the brief credits the
     * outlet that reported it first when the wording is about as good.
     */
    private static SentenceUnit earliestEquivalent(SentenceScorer.Candidate best, List<SentenceScorer.Candidate> open) {
        SentenceUnit chosen = best.unit();
        for (SentenceScorer.Candidate c : open) {
            if (c.unit().index() < chosen.index()
                    && c.score() >= best.score() * EQUIVALENT_SCORE
                    && SentenceMatch.SAME_REPORT.matches(
                            c.unit().vector(), best.unit().vector())) {
                chosen = c.unit();
            }
        }
        return chosen;
    }

    private static double maxCosine(SentenceUnit u, List<SentenceUnit> picked) {
        double max = 0;
        for (SentenceUnit p : picked) {
            max = Math.max(max, u.vector().cosine(p.vector()));
        }
        return max;
    }

    private static List<Evidence> evidence(SentenceUnit chosen, StoryText text) {
        TreeSet<Evidence> out = new TreeSet<>();
        out.add(chosen.evidence());
        for (SentenceUnit v : text.sameReports(chosen, SentenceMatch.SAME_REPORT)) {
            if (!v.articleId().equals(chosen.articleId())) {
                out.add(v.evidence());
            }
        }
        return List.copyOf(out);
    }
}
