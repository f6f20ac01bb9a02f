package org.storyline.eval.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The baselines' daily summarizer: the candidates most similar to the candidates' centroid, skipping sentences
 * too short to stand alone and near-repeats (cosine at least {@value #REDUNDANT} with one already picked).
 */
final class CentralSentences {
    static final double REDUNDANT = 0.5;

    private CentralSentences() {}

    static List<String> pick(List<CandidateSentence> candidates, int count) {
        List<CandidateSentence> showable =
                candidates.stream().filter(CandidateSentence::showable).toList();
        Map<String, Double> centre = TermVector.centroid(
                showable.stream().map(CandidateSentence::vector).toList());
        List<CandidateSentence> ranked = new ArrayList<>(showable);
        ranked.sort(Comparator.comparingDouble((CandidateSentence c) -> -TermVector.cosine(c.vector(), centre))
                .thenComparingInt(CandidateSentence::article)
                .thenComparingInt(CandidateSentence::index));
        List<CandidateSentence> picked = new ArrayList<>();
        for (CandidateSentence c : ranked) {
            if (picked.size() >= count) {
                break;
            }
            if (picked.stream().noneMatch(p -> TermVector.cosine(p.vector(), c.vector()) >= REDUNDANT)) {
                picked.add(c);
            }
        }
        return picked.stream().map(CandidateSentence::text).toList();
    }
}
