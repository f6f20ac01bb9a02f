package org.storyline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a source said, direct ("...," X said) or reported (according to X, ...).
 *
 * @param span from the first to the last character of content, cue and speaker together
 * @param content the words attributed, without the quotation marks for direct quotes
 * @param cue the attribution verb or phrase ("said", "told", "according to"), if present
 * @param speakerMention where the speaker is named in the text (a name or a pronoun), if anywhere
 * @param speaker the resolved speaker's full name ("Staffan de Mistura" for "De Mistura" or "he"), or empty
 *     when unknown
 * @param direct true for words in quotation marks
 */
public record Quote(
        Span span, Span content, Optional<Span> cue, Optional<Span> speakerMention, String speaker, boolean direct)
        implements Mention {
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speakerMention, "speakerMention");
        Objects.requireNonNull(speaker, "speaker");
    }
}
