package org.storyline.analysis;

import java.util.Objects;
import java.util.Optional;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Diagnostic;

/** What per-article analysis made of one article: the analysis, or the diagnostic saying why there is none. */
public record AnalysisOutcome(Optional<AnalyzedArticle> analyzed, Optional<Diagnostic> failure) {
    public AnalysisOutcome {
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(failure, "failure");
        if (analyzed.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("expected exactly one of an analysis and a failure");
        }
    }

    static AnalysisOutcome of(AnalyzedArticle analyzed) {
        return new AnalysisOutcome(Optional.of(analyzed), Optional.empty());
    }

    static AnalysisOutcome failed(Diagnostic failure) {
        return new AnalysisOutcome(Optional.empty(), Optional.of(failure));
    }
}
