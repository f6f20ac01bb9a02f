package org.storyline.analysis.figure;

import java.util.List;
import java.util.Optional;
import org.storyline.model.Qualifier;

/** The hedge written in front of a number: "more than", "at least", "some", "nearly", "up to". */
final class Qualifiers {
    /** A hedge occupying tokens {@code [first, numberFirst)}. */
    record Reading(Qualifier qualifier, int first) {}

    private record Phrase(String[] words, Qualifier qualifier) {}

    /** Longest phrases first, so that "no more than" wins over "more than". */
    private static final List<Phrase> PHRASES = List.of(
            p("in excess of", Qualifier.MORE_THAN),
            p("no fewer than", Qualifier.AT_LEAST),
            p("no less than", Qualifier.AT_LEAST),
            p("not less than", Qualifier.AT_LEAST),
            p("no more than", Qualifier.AT_MOST),
            p("not more than", Qualifier.AT_MOST),
            p("as many as", Qualifier.UP_TO),
            p("as much as", Qualifier.UP_TO),
            p("just over", Qualifier.MORE_THAN),
            p("well over", Qualifier.MORE_THAN),
            p("just under", Qualifier.LESS_THAN),
            p("more than", Qualifier.MORE_THAN),
            p("upwards of", Qualifier.MORE_THAN),
            p("at least", Qualifier.AT_LEAST),
            p("at most", Qualifier.AT_MOST),
            p("fewer than", Qualifier.LESS_THAN),
            p("less than", Qualifier.LESS_THAN),
            p("up to", Qualifier.UP_TO),
            p("an estimated", Qualifier.ABOUT),
            p("close to", Qualifier.ABOUT),
            p("over", Qualifier.MORE_THAN),
            p("above", Qualifier.MORE_THAN),
            p("under", Qualifier.LESS_THAN),
            p("below", Qualifier.LESS_THAN),
            p("some", Qualifier.ABOUT),
            p("about", Qualifier.ABOUT),
            p("around", Qualifier.ABOUT),
            p("roughly", Qualifier.ABOUT),
            p("approximately", Qualifier.ABOUT),
            p("nearly", Qualifier.ABOUT),
            p("almost", Qualifier.ABOUT),
            p("estimated", Qualifier.ABOUT));

    private Qualifiers() {}

    private static Phrase p(String words, Qualifier q) {
        return new Phrase(words.split(" "), q);
    }

    /** The hedge ending right before token {@code numberFirst}, not reaching before {@code floor}. */
    static Optional<Reading> read(List<Token> tokens, int numberFirst, int floor) {
        for (Phrase phrase : PHRASES) {
            int first = numberFirst - phrase.words().length;
            if (first < floor) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < phrase.words().length && match; k++) {
                Token t = tokens.get(first + k);
                match = t.isWord() && t.is(phrase.words()[k]);
            }
            if (match) {
                return Optional.of(new Reading(phrase.qualifier(), first));
            }
        }
        return Optional.empty();
    }
}
