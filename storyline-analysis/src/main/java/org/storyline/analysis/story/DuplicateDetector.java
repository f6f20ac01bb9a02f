package org.storyline.analysis.story;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.model.AnalyzedArticle;

/** Near-duplicate and syndicated copies. Stateless, thread-safe. */
public final class DuplicateDetector {

    public DuplicateDetector() {}

    /**
     * Finds near-duplicate copies in a batch.
     *
     * @return copy id -> original id; the original is the earliest published (ties: smallest id). Sorted.
     */
    public SortedMap<String, String> findDuplicates(List<AnalyzedArticle> articles) {
        return new TreeMap<>();
    }
}
