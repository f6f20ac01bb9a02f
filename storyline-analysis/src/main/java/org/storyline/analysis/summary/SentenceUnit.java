package org.storyline.analysis.summary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Evidence;
import org.storyline.model.PublishedDate;
import org.storyline.model.Sentence;

/**
 * One sentence of a story with what cross-article stages need to compare it.
 *
 * @param index its position in {@link StoryText#units()}
 * @param article the article it is in
 * @param sentence the sentence
 * @param text the sentence as written
 * @param countsAs the id of the article it counts for: the original when its article is a duplicate copy
 * @param duplicate true when its article is a near-duplicate copy of another article in the story
 * @param vector its TF-IDF content-word vector
 */
public record SentenceUnit(
        int index,
        AnalyzedArticle article,
        Sentence sentence,
        String text,
        String countsAs,
        boolean duplicate,
        TermVector vector) {

    public SentenceUnit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(countsAs, "countsAs");
        Objects.requireNonNull(vector, "vector");
        if (index < 0) {
            throw new IllegalArgumentException("expected a non-negative index, found " + index);
        }
    }

    public String articleId() {
        return article.article().id();
    }

    /** The publication day of its article, if known. */
    public Optional<LocalDate> published() {
        return article.article().published().map(PublishedDate::date);
    }

    /** The whole sentence as evidence. */
    public Evidence evidence() {
        return new Evidence(articleId(), sentence.span());
    }
}
