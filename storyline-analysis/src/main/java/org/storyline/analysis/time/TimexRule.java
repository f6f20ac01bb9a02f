package org.storyline.analysis.time;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of time expression: a pattern and how to read a match. Immutable; the pattern is compiled once.
 *
 * <p>When the pattern has a named group {@code t}, only that group is the expression (so "on Thursday"
 * can be matched for context while "Thursday" is tagged); otherwise the whole match is.
 *
 * @param name a short name for debugging and tests
 * @param pattern the compiled pattern
 * @param reader turns a match into a timex, or empty when the context rules the match out
 */
record TimexRule(String name, Pattern pattern, Reader reader) {

    /** Reads one match. Implementations are pure functions. */
    @FunctionalInterface
    interface Reader {
        /**
         * @param match the current match (read only: do not call {@code find})
         * @param context the text, its anchor date and tense clues
         * @return the timex, or empty to drop this match
         */
        Optional<Timex> read(Matcher match, TimexContext context);
    }

    TimexRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reader, "reader");
    }

    static TimexRule of(String name, String regex, Reader reader) {
        return new TimexRule(name, Pattern.compile(regex), reader);
    }
}
