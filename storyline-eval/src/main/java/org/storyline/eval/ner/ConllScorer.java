package org.storyline.eval.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.eval.Prf;

/**
 * conlleval.pl's exact-span, exact-type chunk scoring: a predicted chunk is correct when a gold chunk has the
 * same first token, last token and type; precision, recall and F1 are micro-averaged over chunks, overall and
 * per type. Stateless and thread-safe.
 */
public final class ConllScorer {
    /**
     * Scores tag sequences sentence by sentence.
     *
     * @param gold per sentence, the gold tags
     * @param predicted per sentence, the predicted tags (same sentences, same lengths)
     */
    public NerScore score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("expected as many predicted sentences as gold ones, found "
                    + predicted.size() + " for " + gold.size());
        }
        Map<String, long[]> counts = new TreeMap<>(); // type -> {correct, found, gold}
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException(
                        "sentence " + s + ": expected " + gold.get(s).size() + " predicted tags, found "
                                + predicted.get(s).size());
            }
            List<Chunk> goldChunks = Chunker.chunks(gold.get(s));
            List<Chunk> predictedChunks = Chunker.chunks(predicted.get(s));
            Set<Chunk> goldSet = new HashSet<>(goldChunks);
            for (Chunk chunk : goldChunks) {
                counts.computeIfAbsent(chunk.type(), t -> new long[3])[2]++;
            }
            for (Chunk chunk : predictedChunks) {
                long[] typeCounts = counts.computeIfAbsent(chunk.type(), t -> new long[3]);
                typeCounts[1]++;
                if (goldSet.contains(chunk)) {
                    typeCounts[0]++;
                }
            }
        }
        Map<String, Prf> byType = new TreeMap<>();
        counts.forEach((type, c) -> byType.put(type, Prf.of(c[0], c[1], c[2])));
        return new NerScore(byType);
    }
}
