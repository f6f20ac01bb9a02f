package org.storyline.analysis.brief;

import java.util.List;
import java.util.Optional;
import org.storyline.analysis.summary.StoryText;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.SummarySentence;

/**
 * Chooses a story's headline: the title of the independent article most similar to the story as a whole
 * (cosine of its title-and-body vector with the story centroid; ties go to the earliest published). Without
 * any title, the first summary sentence shortened to at most {@value #MAX_LENGTH} characters at a word
 * boundary; without a summary, "Story" and the story id. Stateless.
 */
final class Headlines {

    static final int MAX_LENGTH = 90;

    private Headlines() {}

    static String choose(String storyId, StoryText text, List<SummarySentence> summary) {
        Optional<AnalyzedArticle> central = Optional.empty();
        double best = -1;
        for (AnalyzedArticle a : text.articles()) {
            String id = a.article().id();
            if (text.isDuplicate(id) || a.article().title().isBlank()) {
                continue;
            }
            double centrality = text.articleVector(id).cosine(text.centroid());
            if (centrality > best) {
                best = centrality;
                central = Optional.of(a);
            }
        }
        if (central.isPresent()) {
            return central.get().article().title().strip().replaceAll("\\s+", " ");
        }
        if (!summary.isEmpty()) {
            return shorten(summary.get(0).text());
        }
        return "Story " + storyId;
    }

    static String shorten(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (s.length() <= MAX_LENGTH) {
            return s.replaceAll("[.!?]+$", "");
        }
        int cut = s.lastIndexOf(' ', MAX_LENGTH - 1);
        String head = s.substring(0, cut > 0 ? cut : MAX_LENGTH - 1).replaceAll("[,;:.\\s]+$", "");
        return head + "…";
    }
}
