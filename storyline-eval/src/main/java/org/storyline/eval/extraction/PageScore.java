package org.storyline.eval.extraction;

/**
 * One page's shingle counts, normalised by their sum so that every page weighs the same (as the benchmark's
 * {@code evaluate.py} does); all three are 0 when neither text has a token.
 *
 * @param tp shared shingles (multiset overlap)
 * @param fp predicted shingles not in the truth
 * @param fn true shingles not predicted
 * @param exact whether the two token sequences are identical (the benchmark's "accuracy")
 */
public record PageScore(double tp, double fp, double fn, boolean exact) {
    public PageScore {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("expected non-negative counts, found " + tp + ", " + fp + ", " + fn);
        }
    }

    /** {@code evaluate.py}'s precision_score: 1 when nothing was wrong, 0 when nothing was found. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** {@code evaluate.py}'s recall_score. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fn == 0) {
            return 0;
        }
        return tp / (tp + fn);
    }
}
