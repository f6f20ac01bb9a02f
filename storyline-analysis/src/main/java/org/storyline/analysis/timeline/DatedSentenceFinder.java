package org.storyline.analysis.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.analysis.summary.SentenceShape;
import org.storyline.analysis.summary.SentenceUnit;
import org.storyline.analysis.summary.StoryText;
import org.storyline.model.Figure;
import org.storyline.model.Granularity;
import org.storyline.model.PublishedDate;

/**
 * Finds the sentences of a story that report something that happened on a stated date.
 *
 * <p>A sentence qualifies when it reads as a complete statement (ends like a sentence, is not a question,
 * has at least {@value #MIN_WORDS} words and a verb; headline fragments and captions do not) and states an
 * event date ({@link EventDates}). A sentence without any event date may still be placed on its article's
 * publication day when it reports an important figure (at least {@value #MIN_FIGURE}, of something or
 * something happening) bounded by a time frame relative to the publication ("more than 50,000 ... within the
 * last three days"), and the article has a publication date. Stateless.
 */
final class DatedSentenceFinder {

    static final int MIN_WORDS = 5;
    static final double MIN_FIGURE = 10;
    private static final Pattern RELATIVE_FRAME =
            Pattern.compile("\\b(last|past|previous|recent|recently|this|today|yesterday|since|within|so far)\\b");

    private DatedSentenceFinder() {}

    /** Every (sentence, event date) pair of the story, in story order, then date order. */
    static List<DatedSentence> find(StoryText text) {
        Optional<LocalDate> latest = text.articles().stream()
                .flatMap(a -> a.article().published().map(PublishedDate::date).stream())
                .max(LocalDate::compareTo);
        List<DatedSentence> out = new ArrayList<>();
        for (SentenceUnit u : text.units()) {
            if (!reportsEvent(u.text())) {
                continue;
            }
            Optional<LocalDate> published = u.published();
            List<EventDate> dates = EventDates.inSentence(u, published.or(() -> latest));
            for (EventDate d : dates) {
                out.add(new DatedSentence(u, d));
            }
            if (dates.isEmpty() && published.isPresent() && hasRecentFigure(u) && !hasAnyDate(u)) {
                out.add(new DatedSentence(u, new EventDate(published.get(), Granularity.DAY)));
            }
        }
        return out;
    }

    static boolean reportsEvent(String sentence) {
        return SentenceShape.of(sentence).isStatement(MIN_WORDS);
    }

    private static boolean hasRecentFigure(SentenceUnit u) {
        for (Figure f : u.article().figures()) {
            if (u.sentence().span().contains(f.span())
                    && f.value() >= MIN_FIGURE
                    && (!f.what().isEmpty() || !f.event().isEmpty())
                    && RELATIVE_FRAME
                            .matcher(f.timeFrame().toLowerCase(Locale.ROOT))
                            .find()) {
                return true;
            }
        }
        return false;
    }

    /** A resolvable date that was filtered out (a plan) still means the sentence is not about "now". */
    private static boolean hasAnyDate(SentenceUnit u) {
        return u.article().dates().stream()
                .anyMatch(m -> u.sentence().span().contains(m.span())
                        && EventDates.of(m).isPresent());
    }
}
