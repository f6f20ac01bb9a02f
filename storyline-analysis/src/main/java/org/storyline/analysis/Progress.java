package org.storyline.analysis;

/** Receives progress of long work; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {
    /**
     * @param stage a short stage name ("analyze", "compose")
     * @param done units finished so far
     * @param total units in all
     */
    void advanced(String stage, int done, int total);

    /** Ignores all progress. */
    static Progress none() {
        return (stage, done, total) -> {};
    }
}
