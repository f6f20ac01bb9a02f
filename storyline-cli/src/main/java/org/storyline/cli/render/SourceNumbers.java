package org.storyline.cli.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.storyline.model.Evidence;
import org.storyline.model.SourceArticle;
import org.storyline.model.StoryBrief;

/**
 * The citation number of each source of one story: its 1-based position in the story's source list, so that
 * {@code [2]} always means the second source listed under the story.
 */
final class SourceNumbers {
    private final Map<String, Integer> numberByArticle;

    private SourceNumbers(Map<String, Integer> numberByArticle) {
        this.numberByArticle = numberByArticle;
    }

    static SourceNumbers of(StoryBrief story) {
        Map<String, Integer> numbers = new HashMap<>();
        List<SourceArticle> sources = story.sources();
        for (int i = 0; i < sources.size(); i++) {
            numbers.putIfAbsent(sources.get(i).article().id(), i + 1);
        }
        return new SourceNumbers(numbers);
    }

    /** The number of {@code articleId}, or empty when the article is not among the story's sources. */
    OptionalInt number(String articleId) {
        Integer n = numberByArticle.get(articleId);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /**
     * For each cited source, ascending by number, its first piece of evidence in {@code evidence} order.
     * Evidence from articles outside the story's sources is left out: there is nothing to cite it by.
     */
    Map<Integer, Evidence> firstEvidenceBySource(List<Evidence> evidence) {
        Map<Integer, Evidence> cited = new TreeMap<>();
        for (Evidence e : evidence) {
            number(e.articleId()).ifPresent(n -> cited.putIfAbsent(n, e));
        }
        return cited;
    }

    /**
     * The cited sources grouped by outlet, in order of each outlet's first number: for each outlet (empty when
     * unknown), its sources' numbers with their first piece of evidence, ascending.
     */
    Map<String, Map<Integer, Evidence>> byOutlet(List<Evidence> evidence, StoryBrief story) {
        Map<String, Map<Integer, Evidence>> grouped = new LinkedHashMap<>();
        firstEvidenceBySource(evidence).forEach((n, e) -> grouped.computeIfAbsent(
                        story.sources().get(n - 1).article().outlet(), k -> new TreeMap<>())
                .put(n, e));
        return grouped;
    }

    /** The number of the article {@code source} duplicates, when it is a duplicate of a listed source. */
    Optional<Integer> duplicateNumber(SourceArticle source) {
        return source.duplicateOf().flatMap(id -> Optional.ofNullable(numberByArticle.get(id)));
    }
}
