package org.storyline.eval.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.DateMention;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;
import org.storyline.model.Sentence;

/**
 * A sentence as the baselines see it: its text, content-word vector, position in its article, publication day
 * and the days it mentions (time expressions of day granularity inside the input window).
 */
record CandidateSentence(
        String text,
        Map<String, Double> vector,
        int index,
        Optional<LocalDate> published,
        Set<LocalDate> mentions,
        int article) {

    /** Words a sentence needs to be worth showing. */
    static final int MIN_WORDS = 5;

    /** Every sentence of every article, in order. */
    static List<CandidateSentence> of(TlsInput input) {
        List<CandidateSentence> out = new ArrayList<>();
        for (int a = 0; a < input.articles().size(); a++) {
            AnalyzedArticle article = input.articles().get(a);
            String text = article.article().text();
            for (Sentence s : article.sentences()) {
                Set<LocalDate> days = new TreeSet<>();
                for (DateMention m : article.dates()) {
                    if (s.span().contains(m.span()) && m.granularity() == Granularity.DAY) {
                        m.day().filter(input::inWindow).ifPresent(days::add);
                    }
                }
                String sentence = s.span().of(text);
                out.add(new CandidateSentence(
                        sentence,
                        TermVector.of(sentence),
                        s.index(),
                        article.article().published().map(PublishedDate::date),
                        days,
                        a));
            }
        }
        return out;
    }

    boolean showable() {
        return text.strip().split("\\s+").length >= MIN_WORDS;
    }
}
