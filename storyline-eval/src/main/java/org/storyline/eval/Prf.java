package org.storyline.eval;

/**
 * Micro precision, recall and F1 from counts: {@code precision = tp / (tp + fp)}, {@code recall = tp / (tp +
 * fn)}, and 0 where a denominator is 0 (as conlleval and the TempEval-3 scorer do).
 *
 * @param truePositives matches
 * @param falsePositives system items without a match
 * @param falseNegatives gold items without a match
 */
public record Prf(long truePositives, long falsePositives, long falseNegatives) {
    public Prf {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("expected non-negative counts, found tp=" + truePositives + " fp="
                    + falsePositives + " fn=" + falseNegatives);
        }
    }

    public static Prf of(long truePositives, long systemCount, long goldCount) {
        return new Prf(truePositives, systemCount - truePositives, goldCount - truePositives);
    }

    public Prf plus(Prf other) {
        return new Prf(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        long found = truePositives + falsePositives;
        return found == 0 ? 0 : (double) truePositives / found;
    }

    public double recall() {
        long gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        return harmonicMean(precision(), recall());
    }

    /** {@code 2pr / (p + r)}, 0 when both are 0. */
    public static double harmonicMean(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
