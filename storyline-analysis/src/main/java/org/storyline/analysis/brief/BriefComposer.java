package org.storyline.analysis.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.storyline.analysis.story.DuplicateDetector;
import org.storyline.analysis.story.StoryGrouper;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;

/**
 * Turns a batch of analysed articles into a {@link Brief}: near-duplicates are found, articles grouped into
 * stories, and each story gets, from its own members only, a headline, a cited summary, a timeline, its
 * entities, quotes, claims and sources (see {@link StoryComposer}). Stories come largest first, as grouped.
 *
 * <p>Identical input gives an identical brief, whatever the order of the articles. An article whose id was
 * already seen in the batch is left out with a {@code BRIEF_DUPLICATE_ARTICLE_ID} warning. The brief's
 * diagnostics are the input diagnostics plus every article's, sorted by location, then code, severity and
 * message. Stateless and thread-safe.
 */
public final class BriefComposer {

    private final Function<List<AnalyzedArticle>, SortedMap<String, String>> duplicateFinder;
    private final BiFunction<List<AnalyzedArticle>, SortedMap<String, String>, List<Story>> grouper;
    private final StoryComposer storyComposer;

    /** @param summarySentences the most sentences a story's summary may have, at least 1 */
    public BriefComposer(int summarySentences) {
        this(summarySentences, new DuplicateDetector()::findDuplicates, StoryGrouper.defaults()::group);
    }

    /** For tests: the same composition over given duplicate detection and grouping. */
    BriefComposer(
            int summarySentences,
            Function<List<AnalyzedArticle>, SortedMap<String, String>> duplicateFinder,
            BiFunction<List<AnalyzedArticle>, SortedMap<String, String>, List<Story>> grouper) {
        if (summarySentences < 1) {
            throw new IllegalArgumentException("expected summarySentences >= 1, found " + summarySentences);
        }
        this.duplicateFinder = Objects.requireNonNull(duplicateFinder, "duplicateFinder");
        this.grouper = Objects.requireNonNull(grouper, "grouper");
        this.storyComposer = new StoryComposer(summarySentences);
    }

    /** Duplicates → stories → per story: headline, summary, timeline, entities, quotes, claims, sources. */
    public Brief compose(List<AnalyzedArticle> articles, List<Diagnostic> inputDiagnostics) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(inputDiagnostics, "inputDiagnostics");
        List<Diagnostic> diagnostics = new ArrayList<>(inputDiagnostics);
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        for (AnalyzedArticle a : sortedById(articles)) {
            diagnostics.addAll(a.diagnostics());
            if (byId.putIfAbsent(a.article().id(), a) != null) {
                diagnostics.add(Diagnostic.warning(
                        "BRIEF_DUPLICATE_ARTICLE_ID",
                        "another article has the same id, so this one was left out; give each input a unique id",
                        a.article().id()));
            }
        }
        List<AnalyzedArticle> unique = List.copyOf(byId.values());
        SortedMap<String, String> duplicates = new TreeMap<>(duplicateFinder.apply(unique));
        List<StoryBrief> stories = new ArrayList<>();
        for (Story story : grouper.apply(unique, duplicates)) {
            List<AnalyzedArticle> members = new ArrayList<>();
            for (String id : story.articleIds()) {
                AnalyzedArticle member = byId.get(id);
                if (member == null) {
                    throw new IllegalStateException("expected story members from the batch, found unknown article '"
                            + id + "' in " + story.id());
                }
                members.add(member);
            }
            stories.add(storyComposer.compose(story, members));
        }
        diagnostics.sort(Comparator.comparing(Diagnostic::location)
                .thenComparing(Diagnostic::code)
                .thenComparing(Diagnostic::severity)
                .thenComparing(Diagnostic::message));
        return new Brief(stories, diagnostics);
    }

    /**
     * Input order must not matter, so articles are taken by id; among articles sharing an id, the one with
     * the longest text wins (then by URL), which does not depend on input order either.
     */
    private static List<AnalyzedArticle> sortedById(List<AnalyzedArticle> articles) {
        articles.forEach(a -> Objects.requireNonNull(a, "articles must not contain null"));
        List<AnalyzedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().id())
                .thenComparing(a -> -a.article().text().length())
                .thenComparing(a -> a.article().url()));
        return sorted;
    }
}
