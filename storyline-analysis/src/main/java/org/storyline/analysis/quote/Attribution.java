package org.storyline.analysis.quote;

import java.util.Optional;
import org.storyline.model.Span;

/**
 * A quote found but not yet resolved: its content, cue and speaker as written.
 *
 * @param inheritsSpeaker true for a quote with no attribution of its own that continues the quotes of
 *     the speaker just before ("...," X said. "More words.")
 */
record Attribution(
        Span content, Optional<Span> cue, Optional<Speaker> speaker, boolean direct, boolean inheritsSpeaker) {}
