package org.storyline.analysis.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Claim;
import org.storyline.model.Evidence;
import org.storyline.model.Figure;
import org.storyline.model.PublishedDate;
import org.storyline.model.Sentence;

/** Turns figures into claims with corroboration and disagreement. Stateless, thread-safe. */
public final class ClaimBuilder {

    public ClaimBuilder() {}

    /**
     * One claim per distinct (measure, value, qualifier) reported, with every sentence reporting it.
     *
     * @param duplicates copy id -> original id, as found by the duplicate detector; copies still count as evidence
     */
    public List<Claim> build(List<AnalyzedArticle> articles, SortedMap<String, String> duplicates) {
        List<Claim> claims = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            for (Figure f : a.figures()) {
                Evidence ev = new Evidence(a.article().id(),
                        a.sentenceAt(f.span().start()).map(Sentence::span).orElse(f.span()));
                claims.add(new Claim("c" + (claims.size() + 1), f.value(), f.unit(), f.what(), f.event(),
                        f.qualifier(), f.timeFrame(), a.article().published().map(PublishedDate::date),
                        f.text(), List.of(ev), List.of()));
            }
        }
        return List.copyOf(claims);
    }
}
