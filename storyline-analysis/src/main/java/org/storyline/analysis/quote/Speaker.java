package org.storyline.analysis.quote;

import java.util.Optional;
import org.storyline.model.EntityMention;
import org.storyline.model.Span;

/**
 * Who an attribution names, as written: a name (an entity mention, or capitalized words the entity
 * tagger missed), a pronoun, or a descriptive phrase ("a local doctor").
 */
record Speaker(Span mention, Kind kind, Optional<EntityMention> entity) {
    enum Kind {
        NAME,
        PRONOUN,
        PHRASE
    }
}
