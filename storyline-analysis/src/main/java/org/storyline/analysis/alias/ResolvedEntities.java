package org.storyline.analysis.alias;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Entity;
import org.storyline.model.Evidence;
import org.storyline.model.Span;

/**
 * The entities of a batch, with look-ups by mention and by name. Immutable and thread-safe.
 *
 * @param entities every entity, ids "e1", "e2"... by descending mention count then name
 */
public record ResolvedEntities(List<Entity> entities) {

    public ResolvedEntities {
        entities = List.copyOf(entities);
    }

    /** The entity a given mention belongs to. */
    public Optional<Entity> byMention(String articleId, Span span) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
        Evidence wanted = new Evidence(articleId, span);
        for (Entity e : entities) {
            if (e.mentions().contains(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The entity a name as written belongs to ("Mr Kerry", "Assad", "U.N."), by the same matching rules. */
    public Optional<Entity> byName(String name) {
        Objects.requireNonNull(name, "name");
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        for (Entity e : entities) {
            if (e.name().toLowerCase(java.util.Locale.ROOT).equals(key)) {
                return Optional.of(e);
            }
            for (String alias : e.aliases()) {
                if (alias.toLowerCase(java.util.Locale.ROOT).equals(key)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
