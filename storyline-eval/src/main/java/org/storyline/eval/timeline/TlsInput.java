package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.storyline.model.AnalyzedArticle;

/**
 * What a timeline system gets for one reference timeline: the analyzed articles published within the reference's
 * first and last day (news-tls's input window), the window, and the budget.
 *
 * @param maxDates the reference's number of days
 * @param sentencesPerDate the reference's mean sentences per day, rounded
 */
public record TlsInput(
        List<AnalyzedArticle> articles, LocalDate start, LocalDate end, int maxDates, int sentencesPerDate) {
    public TlsInput {
        articles = List.copyOf(articles);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (maxDates < 0 || sentencesPerDate < 0) {
            throw new IllegalArgumentException(
                    "expected non-negative budgets, found " + maxDates + " and " + sentencesPerDate);
        }
    }

    public boolean inWindow(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
