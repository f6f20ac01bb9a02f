package org.storyline.analysis.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.storyline.model.Figure;
import org.storyline.model.Sentence;
import org.storyline.model.Span;

/**
 * Finds reported quantities in news text: "more than 50,000 people", "$5 million", "3.4%", "tens of
 * thousands of residents", with the hedge in front of the number, the unit, the head noun of what is
 * counted, the event that happened to them and the time frame of the count.
 *
 * <p>A range written in the text ("between $62 and $68", "15-22 mph", "$10 to $15 billion") is one figure
 * whose value is its first number, with the scale and unit written once carried back to it; {@link
 * FigureRanges#end} gives the other end. The two values of a change ("rose from 46 to 60") stay two
 * figures.
 *
 * <p>Each sentence is searched on its own. Years, dates, times, ages, ordinals, numbers in names
 * ("G20", "Resolution 2254"), phone numbers and "one" used as a pronoun are not figures. A duration that
 * is part of another figure's time frame ("within the last three days") is not a figure of its own.
 *
 * <p>Stateless and thread-safe; never throws on any text.
 */
public final class FigureExtractor {
    /** Creates an extractor; cheap, holds no state. */
    public FigureExtractor() {}

    /**
     * Figures in the text, sorted by position; sentences give the search windows.
     *
     * @param text the article text every span points into
     * @param sentences the sentences of {@code text}; when empty, the whole text is one window
     * @return the figures, sorted by span, not overlapping
     * @throws IllegalArgumentException when a sentence lies outside {@code text}
     */
    public List<Figure> extract(String text, List<Sentence> sentences) {
        List<Span> windows = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("expected sentence spans inside the text of length " + text.length()
                        + ", found sentence " + s.index() + " at " + s.span());
            }
            windows.add(s.span());
        }
        if (sentences.isEmpty()) {
            windows.add(new Span(0, text.length()));
        }
        TreeMap<Span, Figure> bySpan = new TreeMap<>();
        for (Span w : windows) {
            for (Figure f : inWindow(text, w)) {
                if (bySpan.keySet().stream().noneMatch(s -> s.overlaps(f.span()))) {
                    bySpan.put(f.span(), f);
                }
            }
        }
        return List.copyOf(bySpan.values());
    }

    private List<Figure> inWindow(String text, Span window) {
        List<Token> tokens = Tokenizer.tokenize(text, window.start(), window.end());
        List<Candidate> candidates = new ArrayList<>();
        int floor = 0;
        int i = 0;
        while (i < tokens.size()) {
            Optional<Amount> amount = AmountReader.read(tokens, i);
            if (amount.isEmpty() || NonQuantities.excluded(text, tokens, amount.get())) {
                // a rejected number in words ("one of the") is skipped whole, so "of" is not re-read
                i = amount.isPresent() && amount.get().spelled() ? amount.get().end() : i + 1;
                continue;
            }
            Candidate c = Candidate.read(tokens, amount.get(), floor, candidates);
            candidates.add(c);
            floor = c.end();
            i = c.end();
        }
        candidates = Ranges.join(tokens, candidates);
        List<Span> timeFrames = TimeFrames.find(text, window.start(), window.end());
        List<Candidate> kept = dropDurationsInTimeFrames(tokens, candidates, timeFrames);
        List<Figure> figures = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Candidate c = kept.get(k);
            int lower = k > 0 ? kept.get(k - 1).end() : 0;
            int upper = k + 1 < kept.size() ? kept.get(k + 1).first() : tokens.size();
            String event = c.event().isEmpty() ? Events.find(tokens, c.first(), c.end(), lower, upper) : c.event();
            Span span = new Span(
                    tokens.get(c.first()).start(), tokens.get(c.end() - 1).end());
            String timeFrame = nearestTimeFrame(span, kept, tokens, timeFrames)
                    .map(s -> s.of(text))
                    .orElse("");
            figures.add(new Figure(
                    span, span.of(text), c.value(), c.unit(), c.what(), event, c.qualifier(), timeFrame, c.vague()));
        }
        return figures;
    }

    private static List<Candidate> dropDurationsInTimeFrames(
            List<Token> tokens, List<Candidate> candidates, List<Span> timeFrames) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            Span span = new Span(
                    tokens.get(c.first()).start(), tokens.get(c.end() - 1).end());
            boolean inFrame = Units.isDuration(c.unit()) && timeFrames.stream().anyMatch(tf -> tf.contains(span));
            if (!inFrame || candidates.size() == 1) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** A time frame belongs to the figure nearest to it in the sentence. */
    private static Optional<Span> nearestTimeFrame(
            Span figure, List<Candidate> figures, List<Token> tokens, List<Span> timeFrames) {
        Optional<Span> best = Optional.empty();
        for (Span tf : timeFrames) {
            if (tf.contains(figure)) {
                continue;
            }
            Span owner = figures.stream()
                    .map(c -> new Span(
                            tokens.get(c.first()).start(),
                            tokens.get(c.end() - 1).end()))
                    .filter(s -> !tf.contains(s))
                    .min(Comparator.comparingInt((Span s) -> distance(s, tf)).thenComparing(s -> s))
                    .orElse(figure);
            if (owner.equals(figure) && (best.isEmpty() || distance(figure, tf) < distance(figure, best.get()))) {
                best = Optional.of(tf);
            }
        }
        return best;
    }

    private static int distance(Span a, Span b) {
        if (a.overlaps(b)) {
            return 0;
        }
        return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
    }
}
