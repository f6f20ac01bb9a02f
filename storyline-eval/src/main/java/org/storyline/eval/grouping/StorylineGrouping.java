package org.storyline.eval.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.storyline.analysis.story.DuplicateDetector;
import org.storyline.analysis.story.StoryGrouper;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Story;

/**
 * Storyline's grouping as the product runs it: near-duplicates first ({@link DuplicateDetector}), then stories
 * ({@link StoryGrouper#defaults()}) over the analyzed articles.
 */
public final class StorylineGrouping {
    private final DuplicateDetector duplicates = new DuplicateDetector();
    private final StoryGrouper grouper = StoryGrouper.defaults();

    /** The story id of each article. */
    public Map<String, String> group(List<AnalyzedArticle> articles) {
        SortedMap<String, String> copies = duplicates.findDuplicates(articles);
        Map<String, String> storyOf = new HashMap<>();
        for (Story story : grouper.group(articles, copies)) {
            story.articleIds().forEach(id -> storyOf.put(id, story.id()));
        }
        return storyOf;
    }
}
