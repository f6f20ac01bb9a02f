package org.storyline.eval.speed;

/**
 * How much text a system got through in how long.
 *
 * @param articles articles processed
 * @param tokens their tokens (see {@link CorpusArticle#tokens()})
 * @param seconds wall time, more than 0
 */
public record Throughput(int articles, long tokens, double seconds) {
    public Throughput {
        if (articles < 0 || tokens < 0 || !(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("expected non-negative counts and a positive finite time, found "
                    + articles + " articles, " + tokens + " tokens, " + seconds + " s");
        }
    }

    /** Times {@code work} over {@code articles}; a zero duration counts as one nanosecond. */
    public static Throughput time(java.util.List<CorpusArticle> articles, Runnable work) {
        long start = System.nanoTime();
        work.run();
        double seconds = Math.max(1, System.nanoTime() - start) / 1e9;
        return new Throughput(
                articles.size(),
                articles.stream().mapToLong(CorpusArticle::tokens).sum(),
                seconds);
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }
}
