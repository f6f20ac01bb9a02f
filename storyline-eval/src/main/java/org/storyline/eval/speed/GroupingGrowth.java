package org.storyline.eval.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.storyline.analysis.story.DuplicateDetector;
import org.storyline.analysis.story.StoryGrouper;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Story;

/**
 * How the across-article grouping ({@link DuplicateDetector} then {@link StoryGrouper}) grows with the batch:
 * its wall time on {@link SyntheticNews} batches of several sizes, each the best of a few runs (the least
 * disturbed by other work on the machine). Generating the batches is not timed.
 */
public final class GroupingGrowth {
    private final DuplicateDetector detector = new DuplicateDetector();
    private final StoryGrouper grouper = StoryGrouper.defaults();
    private final SyntheticNews news;

    /** One measured batch size. */
    public record Point(int articles, double seconds, int stories, int copies) {
        public Point {
            if (articles < 1 || !(seconds > 0)) {
                throw new IllegalArgumentException(
                        "expected at least one article and a positive time, found " + articles + ", " + seconds);
            }
        }
    }

    public GroupingGrowth(SyntheticNews news) {
        this.news = news;
    }

    /**
     * Times every size in the order given, after one untimed run on the first size to warm the JIT up.
     *
     * @param repeats runs per size, at least 1; the fastest counts
     */
    public List<Point> measure(List<Integer> sizes, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("expected at least one run per size, found " + repeats);
        }
        if (sizes.isEmpty()) {
            return List.of();
        }
        group(news.articles(sizes.get(0)));
        List<Point> points = new ArrayList<>();
        for (int size : sizes) {
            List<AnalyzedArticle> articles = news.articles(size);
            double best = Double.MAX_VALUE;
            Result result = null;
            for (int run = 0; run < repeats; run++) {
                long start = System.nanoTime();
                result = group(articles);
                best = Math.min(best, Math.max(1, System.nanoTime() - start) / 1e9);
            }
            points.add(new Point(
                    size, best, result.stories().size(), result.copies().size()));
        }
        return List.copyOf(points);
    }

    private Result group(List<AnalyzedArticle> articles) {
        SortedMap<String, String> copies = detector.findDuplicates(articles);
        return new Result(copies, grouper.group(articles, copies));
    }

    private record Result(SortedMap<String, String> copies, List<Story> stories) {}

    /**
     * The time factor per tenfold batch from the first to the last point: {@code (t_last / t_first) ^ (1 /
     * log10(n_last / n_first))}; 10 is linear growth, 100 quadratic.
     *
     * @throws IllegalArgumentException unless the last point has more articles than the first
     */
    public static double factorPerTenfold(List<Point> points) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("expected at least two sizes, found " + points.size());
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (last.articles() <= first.articles()) {
            throw new IllegalArgumentException(
                    "expected growing sizes, found " + first.articles() + " then " + last.articles());
        }
        double decades = Math.log10((double) last.articles() / first.articles());
        return Math.pow(last.seconds() / first.seconds(), 1 / decades);
    }
}
