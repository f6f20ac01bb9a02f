package org.storyline.analysis;

/**
 * How an {@link Engine} runs.
 *
 * @param threads worker threads for per-article analysis, at least 1
 * @param summarySentences the most sentences a story's summary may have, at least 1
 */
public record EngineConfig(int threads, int summarySentences) {
    public EngineConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, found " + threads);
        }
        if (summarySentences < 1) {
            throw new IllegalArgumentException("summarySentences must be at least 1, found " + summarySentences);
        }
    }

    /** One thread per core and six summary sentences. */
    public static EngineConfig defaults() {
        return new EngineConfig(Runtime.getRuntime().availableProcessors(), 6);
    }

    public EngineConfig withThreads(int newThreads) {
        return new EngineConfig(newThreads, summarySentences);
    }

    public EngineConfig withSummarySentences(int newSummarySentences) {
        return new EngineConfig(threads, newSummarySentences);
    }
}
