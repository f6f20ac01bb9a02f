package org.storyline.eval.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.storyline.eval.Prf;
import org.storyline.model.Span;

/**
 * Span-overlap scoring of attributions, the protocol of the PARC/PolNeAR attribution papers' "overlap" scores:
 *
 * <ul>
 *   <li>a predicted and a gold filler of the same role match when they share at least one character;
 *   <li>matching is one-to-one and greedy: candidate pairs are taken by most shared characters first (ties:
 *       earlier gold, then earlier prediction), each side used once;
 *   <li>cue and content are matched on their own; P = matches / predicted fillers of the role, R = matches /
 *       gold fillers of the role;
 *   <li>speaker is scored on attributions whose contents matched: the pair counts when both name a source and
 *       the two sources overlap; P over predictions with a source, R over gold attributions with a source.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class AttributionScorer {

    /** The counts of one article. */
    public AttributionCounts score(List<Attribution> gold, List<Attribution> predicted) {
        int[] cueMatch = match(gold, predicted, Attribution::cue);
        int[] contentMatch = match(gold, predicted, Attribution::content);
        long cues = 0;
        long speakers = 0;
        for (int g = 0; g < gold.size(); g++) {
            cues += cueMatch[g] >= 0 ? 1 : 0;
            int p = contentMatch[g];
            if (p >= 0
                    && Attribution.overlap(
                                    gold.get(g).source(), predicted.get(p).source())
                            > 0) {
                speakers++;
            }
        }
        long contents = Arrays.stream(contentMatch).filter(p -> p >= 0).count();
        return new AttributionCounts(
                Prf.of(cues, count(predicted, Attribution::cue), count(gold, Attribution::cue)),
                Prf.of(speakers, count(predicted, Attribution::source), count(gold, Attribution::source)),
                Prf.of(contents, count(predicted, Attribution::content), count(gold, Attribution::content)));
    }

    private static long count(List<Attribution> attributions, Function<Attribution, List<Span>> role) {
        return attributions.stream().filter(a -> !role.apply(a).isEmpty()).count();
    }

    /** For each gold attribution, the index of the prediction its role filler is matched to, or -1. */
    static int[] match(List<Attribution> gold, List<Attribution> predicted, Function<Attribution, List<Span>> role) {
        record Pair(int gold, int predicted, int shared) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int shared = Attribution.overlap(role.apply(gold.get(g)), role.apply(predicted.get(p)));
                if (shared > 0) {
                    pairs.add(new Pair(g, p, shared));
                }
            }
        }
        pairs.sort(Comparator.comparingInt((Pair x) -> -x.shared())
                .thenComparingInt(Pair::gold)
                .thenComparingInt(Pair::predicted));
        int[] goldTo = new int[gold.size()];
        boolean[] used = new boolean[predicted.size()];
        Arrays.fill(goldTo, -1);
        for (Pair pair : pairs) {
            if (goldTo[pair.gold()] < 0 && !used[pair.predicted()]) {
                goldTo[pair.gold()] = pair.predicted();
                used[pair.predicted()] = true;
            }
        }
        return goldTo;
    }
}
