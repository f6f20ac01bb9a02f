package org.storyline.analysis.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.storyline.model.EntityMention;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Finds who said what in a news article: direct quotes in quotation marks (also across paragraphs, with
 * the attribution before, after or in the middle) and reported speech ("X said that ...", "according to
 * X, ..."), each with its cue and speaker.
 *
 * <p>Speakers are resolved against the PERSON and ORGANIZATION mentions of the same article: a pronoun
 * to the speaker of the quote just before or the nearest person named before it, a short name to the
 * longest earlier full name containing it ("Kerry" → "John Kerry"), titles dropped. A speaker named
 * only by a description ("a local doctor") keeps its mention and an empty name.
 *
 * <p>Stateless and thread-safe; never throws on any text.
 */
public final class QuoteExtractor {
    /** Creates an extractor; cheap, holds no state. */
    public QuoteExtractor() {}

    /**
     * Quotes with speakers resolved against the PERSON/ORGANIZATION mentions of the same article.
     *
     * @param text the article text every span points into
     * @param sentences the sentences of {@code text} (reported speech is searched per sentence)
     * @param entities the entity mentions of {@code text}
     * @return the quotes, sorted by span
     * @throws IllegalArgumentException when a sentence or mention lies outside {@code text}
     */
    public List<Quote> extract(String text, List<Sentence> sentences, List<EntityMention> entities) {
        checkInside(text, sentences.stream().map(Sentence::span).toList(), "sentence");
        checkInside(text, entities.stream().map(EntityMention::span).toList(), "entity mention");
        List<Sentence> sortedSentences =
                sentences.stream().sorted(Comparator.comparing(Sentence::span)).toList();
        List<EntityMention> sortedEntities = entities.stream()
                .sorted(Comparator.comparing(EntityMention::span))
                .toList();
        Article article = new Article(text, sortedSentences, sortedEntities, QuoteMarks.find(text));
        List<Attribution> direct = DirectQuotes.find(article);
        List<Span> usedCues = direct.stream().flatMap(d -> d.cue().stream()).toList();
        List<Attribution> reported = ReportedSpeech.find(article, usedCues);
        List<Attribution> all = new ArrayList<>();
        for (Attribution d : direct) {
            // words quoted inside a reported clause ("X argues that ... "in quotes," too") are part of that clause
            boolean inClause = d.cue().isEmpty()
                    && reported.stream().anyMatch(r -> r.content().contains(d.content()));
            if (!inClause) {
                all.add(d);
            }
        }
        all.addAll(reported);
        all.sort(Comparator.comparing(Attribution::content));
        return resolve(article, all);
    }

    private static List<Quote> resolve(Article article, List<Attribution> found) {
        SpeakerResolver resolver = new SpeakerResolver(article);
        List<Quote> quotes = new ArrayList<>();
        Optional<SpeakerResolver.Previous> previous = Optional.empty();
        Optional<Quote> lastAttributed = Optional.empty();
        for (Attribution f : found) {
            Quote quote;
            if (f.inheritsSpeaker()
                    && lastAttributed.isPresent()
                    && near(article, lastAttributed.get().content().end(), f.content())) {
                // a quote running on after its attribution ("A," X said. "B.") is the same speaker's; the cue
                // stays with the first part, where it is written
                Quote last = lastAttributed.get();
                quote = quote(f.content(), Optional.empty(), last.speakerMention(), last.speaker());
            } else {
                String speaker;
                if (f.speaker().isPresent()) {
                    speaker = resolver.resolve(f.speaker().get(), previous);
                } else if (f.inheritsSpeaker()
                        && previous.isPresent()
                        && near(article, previous.get().end(), f.content())) {
                    speaker = previous.get().speaker();
                } else {
                    speaker = "";
                }
                quote = quote(f.content(), f.cue(), f.speaker().map(Speaker::mention), speaker);
            }
            quotes.add(new Quote(
                    quote.span(), quote.content(), quote.cue(), quote.speakerMention(), quote.speaker(), f.direct()));
            if (quote.speakerMention().isPresent()) {
                lastAttributed = Optional.of(quote);
            }
            if (!quote.speaker().isEmpty() && isPersonLike(f)) {
                previous = Optional.of(new SpeakerResolver.Previous(f.content().end(), quote.speaker()));
            }
        }
        quotes.sort(Comparator.comparing(Quote::span).thenComparing(Quote::content));
        return List.copyOf(quotes);
    }

    private static Quote quote(Span content, Optional<Span> cue, Optional<Span> mention, String speaker) {
        return new Quote(cover(content, cue, mention), content, cue, mention, speaker, true);
    }

    private static boolean isPersonLike(Attribution f) {
        return f.speaker().isEmpty()
                || f.speaker()
                        .get()
                        .entity()
                        .map(e -> e.type() == EntityType.PERSON)
                        .orElse(true);
    }

    private static boolean near(Article article, int previousEnd, Span content) {
        return article.sentenceAt(content.start()) - article.sentenceAt(Math.max(0, previousEnd - 1)) <= 2;
    }

    private static Span cover(Span content, Optional<Span> cue, Optional<Span> mention) {
        int start = content.start();
        int end = content.end();
        for (Optional<Span> o : List.of(cue, mention)) {
            if (o.isPresent()) {
                start = Math.min(start, o.get().start());
                end = Math.max(end, o.get().end());
            }
        }
        return new Span(start, end);
    }

    private static void checkInside(String text, List<Span> spans, String what) {
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(
                        "expected every " + what + " inside the text of length " + text.length() + ", found " + s);
            }
        }
    }
}
