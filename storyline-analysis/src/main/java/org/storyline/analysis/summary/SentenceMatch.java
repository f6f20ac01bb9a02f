package org.storyline.analysis.summary;

/**
 * When two sentences report the same thing: their TF-IDF content-word cosine reaches {@code minCosine}, or
 * at least {@code minSharedTerms} content words are shared and they make up {@code minContainment} of the
 * shorter sentence's content words (a short report contained in a longer one).
 *
 * @param minCosine cosine threshold in (0, 1]
 * @param minContainment containment threshold in (0, 1]
 * @param minSharedTerms the fewest shared content words for containment to count
 */
public record SentenceMatch(double minCosine, double minContainment, int minSharedTerms) {

    /**
     * For summary evidence and redundancy: two outlets rewording one report share most content words
     * (cosine 0.5), and a wire sentence trimmed by an editor is still 70% contained in the original.
     */
    public static final SentenceMatch SAME_REPORT = new SentenceMatch(0.5, 0.7, 4);

    /**
     * For timeline events: the two sentences already name the same day, so less shared wording is needed to
     * say they describe the same event.
     */
    public static final SentenceMatch SAME_DAY_EVENT = new SentenceMatch(0.35, 0.5, 3);

    public SentenceMatch {
        if (!(minCosine > 0 && minCosine <= 1) || !(minContainment > 0 && minContainment <= 1)) {
            throw new IllegalArgumentException(
                    "expected thresholds in (0, 1], found cosine " + minCosine + ", containment " + minContainment);
        }
        if (minSharedTerms < 1) {
            throw new IllegalArgumentException("expected minSharedTerms >= 1, found " + minSharedTerms);
        }
    }

    /** Whether the two vectors report the same thing by these thresholds. */
    public boolean matches(TermVector a, TermVector b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        double cosine = a.cosine(b);
        return cosine >= minCosine || matches(cosine, a.sharedTerms(b), a.size(), b.size());
    }

    /** The same decision from precomputed parts: cosine, shared term count and both term counts. */
    public boolean matches(double cosine, int sharedTerms, int sizeA, int sizeB) {
        if (sizeA == 0 || sizeB == 0) {
            return false;
        }
        return cosine >= minCosine
                || sharedTerms >= minSharedTerms && (double) sharedTerms / Math.min(sizeA, sizeB) >= minContainment;
    }
}
