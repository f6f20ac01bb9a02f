package org.storyline.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.analysis.entity.EntityRecognizer;
import org.storyline.analysis.figure.FigureExtractor;
import org.storyline.analysis.quote.QuoteExtractor;
import org.storyline.analysis.sentence.SentenceSplitter;
import org.storyline.analysis.time.TimeExpressionTagger;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Article;
import org.storyline.model.DateMention;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityMention;
import org.storyline.model.Figure;
import org.storyline.model.PublishedDate;
import org.storyline.model.Quote;
import org.storyline.model.Sentence;

/**
 * The per-article chain: sentences, then entities, dates, figures and quotes. Thread-safe: every stage
 * is stateless and the NER model is shared read-only.
 */
public final class ArticleAnalyzer {
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final EntityRecognizer entityRecognizer;
    private final TimeExpressionTagger timeTagger = new TimeExpressionTagger();
    private final FigureExtractor figureExtractor = new FigureExtractor();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    public ArticleAnalyzer(EntityRecognizer entityRecognizer) {
        this.entityRecognizer = Objects.requireNonNull(entityRecognizer, "entityRecognizer");
    }

    /** Analyzes one article; the article itself is not modified. */
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        Optional<LocalDate> published = article.published().map(PublishedDate::date);
        List<Sentence> sentences = sentenceSplitter.split(text);
        List<EntityMention> entities = entityRecognizer.recognize(text, sentences);
        List<DateMention> dates = timeTagger.tag(text, published);
        List<Figure> figures = figureExtractor.extract(text, sentences);
        List<Quote> quotes = quoteExtractor.extract(text, sentences, entities);
        List<Diagnostic> diagnostics = published.isPresent()
                ? List.of()
                : List.of(Diagnostic.info(
                        "ANALYZE_NO_DATE",
                        "no publication date, so relative dates (\"on Thursday\") stay unresolved;"
                                + " give one with --manifest",
                        article.url()));
        return new AnalyzedArticle(article, sentences, entities, dates, figures, quotes, diagnostics);
    }
}
