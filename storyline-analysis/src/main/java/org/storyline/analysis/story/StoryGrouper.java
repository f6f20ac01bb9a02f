package org.storyline.analysis.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.PublishedDate;
import org.storyline.model.Story;

/** Groups articles into stories. Stateless, thread-safe. */
public final class StoryGrouper {

    private final double similarityThreshold;

    /** @param similarityThreshold the least cosine similarity at which two groups join, in (0, 1] */
    public StoryGrouper(double similarityThreshold) {
        if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("expected a similarity threshold in (0, 1], found " + similarityThreshold);
        }
        this.similarityThreshold = similarityThreshold;
    }

    public static StoryGrouper defaults() {
        return new StoryGrouper(0.2);
    }

    /**
     * Every article in exactly one story; duplicates go with their original; largest story first, ties by
     * earliest firstSeen then smallest id; story ids "s1", "s2"... in that order.
     */
    public List<Story> group(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        Map<String, List<String>> byRoot = new TreeMap<>();
        Map<String, AnalyzedArticle> byId = new TreeMap<>();
        for (AnalyzedArticle a : articles) {
            byId.put(a.article().id(), a);
        }
        for (String id : byId.keySet()) {
            String root = duplicates.getOrDefault(id, id);
            byRoot.computeIfAbsent(byId.containsKey(root) ? root : id, k -> new ArrayList<>()).add(id);
        }
        List<Story> unnamed = new ArrayList<>();
        for (List<String> members : byRoot.values()) {
            unnamed.add(story("", members, byId, duplicates));
        }
        unnamed.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size())
                .thenComparing(s -> s.firstSeen().orElse(LocalDate.MAX))
                .thenComparing(s -> s.articleIds().get(0)));
        List<Story> named = new ArrayList<>();
        for (Story s : unnamed) {
            named.add(new Story("s" + (named.size() + 1), s.articleIds(), s.duplicateOf(), s.keyEntities(),
                    s.firstSeen(), s.lastSeen()));
        }
        return List.copyOf(named);
    }

    private static Story story(String id, List<String> members, Map<String, AnalyzedArticle> byId,
            SortedMap<String, String> duplicates) {
        List<String> sorted = members.stream().sorted().toList();
        SortedMap<String, String> dups = new TreeMap<>();
        List<LocalDate> days = new ArrayList<>();
        for (String m : sorted) {
            if (duplicates.containsKey(m) && members.contains(duplicates.get(m))) {
                dups.put(m, duplicates.get(m));
            }
            byId.get(m).article().published().map(PublishedDate::date).ifPresent(days::add);
        }
        Optional<LocalDate> first = days.stream().min(Comparator.naturalOrder());
        Optional<LocalDate> last = days.stream().max(Comparator.naturalOrder());
        return new Story(id, sorted, dups, List.of(), first, last);
    }
}
