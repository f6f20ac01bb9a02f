package org.storyline.eval.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The TempEval-3 Task A timex scorer ({@code evaluate_entities.py} of the official TE3 toolkit), reimplemented.
 *
 * <p>Protocol, as the official script computes it (counts summed over all documents, then the ratios):
 *
 * <ul>
 *   <li>a system timex and a gold timex <b>match</b> (relaxed) when their spans overlap; the official toolkit
 *       pairs them through the TimeML normaliser, here each gold timex is paired with at most one system timex
 *       and vice versa, in document order, an exact-span partner preferred;
 *   <li>relaxed precision = matches / system timexes, relaxed recall = matches / gold timexes, F1 their
 *       harmonic mean; strict: the same with only exact-extent matches counting;
 *   <li>value (and type) <b>accuracy</b> = matches with an identical {@code value} ({@code type}) string / all
 *       relaxed matches; value F1 = value accuracy × relaxed F1 (the official ranking measure); type F1 the same
 *       with type;
 *   <li>the DCT is not scored (the caller passes only the timexes inside {@code <TEXT>}).
 * </ul>
 *
 * Stateless and thread-safe; {@link TimexCounts} holds the running counts.
 */
public final class TempEvalScorer {
    /** The counts of one document. */
    public TimexCounts score(List<Timex> gold, List<Timex> system) {
        boolean[] systemUsed = new boolean[system.size()];
        int relaxed = 0;
        int strict = 0;
        int values = 0;
        int types = 0;
        for (Timex g : gold) {
            int partner = partner(g, system, systemUsed);
            if (partner < 0) {
                continue;
            }
            systemUsed[partner] = true;
            Timex s = system.get(partner);
            relaxed++;
            if (s.span().equals(g.span())) {
                strict++;
            }
            if (s.value().equals(g.value())) {
                values++;
            }
            if (s.type().equals(g.type())) {
                types++;
            }
        }
        return new TimexCounts(gold.size(), system.size(), relaxed, strict, values, types);
    }

    private static int partner(Timex gold, List<Timex> system, boolean[] used) {
        List<Integer> overlapping = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (!used[i] && system.get(i).span().overlaps(gold.span())) {
                if (system.get(i).span().equals(gold.span())) {
                    return i;
                }
                overlapping.add(i);
            }
        }
        return overlapping.isEmpty() ? -1 : overlapping.get(0);
    }
}
