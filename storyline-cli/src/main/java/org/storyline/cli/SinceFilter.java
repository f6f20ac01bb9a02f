package org.storyline.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.model.Article;

/** Leaves out articles published before a day; articles with no known date are kept. */
final class SinceFilter {
    /**
     * What the filter kept and left out.
     *
     * @param kept the articles published on or after the day, or undated, in input order
     * @param dropped how many were published before the day
     * @param undatedKept how many of {@code kept} have no known publication date
     */
    record Selection(List<Article> kept, int dropped, int undatedKept) {
        Selection {
            kept = List.copyOf(kept);
        }
    }

    private SinceFilter() {}

    static Selection apply(List<Article> articles, LocalDate since) {
        Objects.requireNonNull(since, "since");
        List<Article> kept = new ArrayList<>();
        int undated = 0;
        for (Article article : articles) {
            if (article.published().isEmpty()) {
                undated++;
                kept.add(article);
            } else if (!article.published().get().date().isBefore(since)) {
                kept.add(article);
            }
        }
        return new Selection(kept, articles.size() - kept.size(), undated);
    }
}
