package org.storyline.eval.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.eval.Prf;

/**
 * The article-extraction benchmark's metric ({@code evaluate.py} of scrapinghub/article-extraction-benchmark),
 * reimplemented exactly.
 *
 * <ul>
 *   <li>tokens: Python {@code \w+} ({@link PythonWords}), case-sensitive;
 *   <li>shingles: token 4-grams; a text of 1–3 tokens gives one shorter shingle, an empty text none;
 *   <li>per page: TP/FP/FN are the multiset overlap of the shingles, divided by TP+FP+FN;
 *   <li>precision: mean of per-page precision over pages with TP+FP &gt; 0; recall: mean of per-page recall
 *       over pages with TP+FN &gt; 0; F1: harmonic mean of the two means; accuracy: share of pages whose token
 *       sequences are identical.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class ShingleScorer {
    private static final int SHINGLE = 4;

    /** Scores one page. */
    public PageScore score(String truth, String prediction) {
        List<String> trueTokens = PythonWords.tokens(truth);
        List<String> predictedTokens = PythonWords.tokens(prediction);
        Map<String, Integer> trueShingles = shingles(trueTokens);
        Map<String, Integer> predictedShingles = shingles(predictedTokens);
        Set<String> keys = new HashSet<>(trueShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int trueCount = trueShingles.getOrDefault(key, 0);
            int predictedCount = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(trueCount, predictedCount);
            fp += Math.max(0, predictedCount - trueCount);
            fn += Math.max(0, trueCount - predictedCount);
        }
        double sum = tp + fp + fn;
        boolean exact = trueTokens.equals(predictedTokens);
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum, exact) : new PageScore(0, 0, 0, exact);
    }

    /** Aggregates page scores the way {@code evaluate.py} does. */
    public ExtractionScore aggregate(List<PageScore> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (PageScore page : pages) {
            if (page.tp() + page.fp() > 0) {
                precisionSum += page.precision();
                precisionPages++;
            }
            if (page.tp() + page.fn() > 0) {
                recallSum += page.recall();
                recallPages++;
            }
            if (page.exact()) {
                exact++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
        return new ExtractionScore(precision, recall, Prf.harmonicMean(precision, recall), accuracy, pages.size());
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last && i < tokens.size(); i++) {
            // tokens never contain a space, so joining with one keeps shingles distinct
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
