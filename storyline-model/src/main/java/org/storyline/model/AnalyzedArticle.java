package org.storyline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An article with everything per-article analysis found in it. All lists are sorted by position. */
public record AnalyzedArticle(
        Article article,
        List<Sentence> sentences,
        List<EntityMention> entities,
        List<DateMention> dates,
        List<Figure> figures,
        List<Quote> quotes,
        List<Diagnostic> diagnostics) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every mention of every kind, by position. */
    public List<Mention> mentions() {
        List<Mention> all = new ArrayList<>(entities);
        all.addAll(dates);
        all.addAll(figures);
        all.addAll(quotes);
        all.sort(Comparator.comparing(Mention::span));
        return List.copyOf(all);
    }

    /** The sentence containing offset {@code offset}, if any. */
    public java.util.Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
