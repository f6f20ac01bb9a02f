package org.storyline.analysis.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.storyline.model.Anchor;
import org.storyline.model.Span;
import org.storyline.model.TimexType;

/**
 * What a rule needs to read a match: the text, the publication date relative expressions resolve
 * against, and the tense around a span. Created once per {@code tag} call; immutable.
 */
record TimexContext(String text, Optional<LocalDate> anchor) {

    TimexContext {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The tense of the clause around the expression. */
    Tense tenseAt(Span span) {
        return TenseGuesser.guess(text, span);
    }

    /** The expression's span: the named group {@code t} when the rule has one, else the whole match. */
    static Span spanOf(Matcher match) {
        if (match.pattern().pattern().contains("(?<t>") && match.group("t") != null) {
            return new Span(match.start("t"), match.end("t"));
        }
        return new Span(match.start(), match.end());
    }

    /** The lower-case word just before {@code offset}, or "" at the start of the text. */
    String wordBefore(int offset) {
        int e = offset;
        while (e > 0 && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            if (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '.') {
                return "";
            }
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    /** The word just after {@code offset} (letters only, case kept), or "" when none follows on the line. */
    String wordAfter(int offset) {
        int s = offset;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** A timex whose value needs no anchor. */
    static Timex absolute(Span span, TimexType type, String value) {
        return new Timex(span, type, value, Anchor.ABSOLUTE);
    }

    /** A timex resolved against the anchor, or with the placeholder value when there is none. */
    Timex relative(
            Span span, TimexType type, java.util.function.Function<LocalDate, String> resolve, String placeholder) {
        return anchor.map(day -> new Timex(span, type, resolve.apply(day), Anchor.PUBLICATION_DATE))
                .orElseGet(() -> new Timex(span, type, placeholder, Anchor.UNRESOLVED));
    }
}
