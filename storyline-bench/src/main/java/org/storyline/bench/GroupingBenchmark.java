package org.storyline.bench;

import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storyline.analysis.story.DuplicateDetector;
import org.storyline.analysis.story.StoryGrouper;
import org.storyline.eval.speed.SyntheticNews;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Story;

/**
 * Duplicate detection then story grouping of a generated batch ({@link SyntheticNews}, seed 17: ten articles
 * per story, one in ten a wire copy); milliseconds per batch. Compare the sizes to see how the cost grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupingBenchmark {
    @Param({"1000", "10000"})
    public int articles;

    private final DuplicateDetector detector = new DuplicateDetector();
    private final StoryGrouper grouper = StoryGrouper.defaults();
    private List<AnalyzedArticle> batch;

    @Setup
    public void generate() {
        batch = new SyntheticNews(17).articles(articles);
    }

    @Benchmark
    public List<Story> duplicatesThenStories() {
        SortedMap<String, String> copies = detector.findDuplicates(batch);
        return grouper.group(batch, copies);
    }
}
