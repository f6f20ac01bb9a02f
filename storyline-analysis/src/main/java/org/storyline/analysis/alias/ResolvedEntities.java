package org.storyline.analysis.alias;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.Span;

/**
 * The entities of a batch, with look-ups by mention and by name. Immutable and thread-safe.
 *
 * @param entities every entity, ids "e1", "e2"... by descending mention count then name; each entity's
 *     mentions sorted
 */
public record ResolvedEntities(List<Entity> entities) {

    public ResolvedEntities {
        entities = List.copyOf(entities);
    }

    /** The entity a given mention belongs to (the mention's exact span), if any. */
    public Optional<Entity> byMention(String articleId, Span span) {
        Evidence wanted =
                new Evidence(Objects.requireNonNull(articleId, "articleId"), Objects.requireNonNull(span, "span"));
        for (Entity e : entities) {
            if (Collections.binarySearch(e.mentions(), wanted) >= 0) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The entity a name as written belongs to ("Mr Kerry", "Assad", "U.N."), by the same matching rules as
     * {@link EntityResolver}: same key as the name or an alias; an acronym of exactly one entity's name; or
     * part of exactly one person's name. Empty when none or several match.
     */
    public Optional<Entity> byName(String name) {
        String cleaned = NameForms.clean(Objects.requireNonNull(name, "name"));
        List<String> tokens = NameForms.tokens(cleaned);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String key = String.join(" ", tokens);
        for (Entity e : entities) {
            if (hasKey(e, key)) {
                return Optional.of(e);
            }
        }
        List<Entity> matches = new ArrayList<>();
        Optional<String> acronym = NameForms.acronym(cleaned);
        for (Entity e : entities) {
            List<String> nameTokens = NameForms.tokens(e.name());
            boolean byAcronym = acronym.isPresent()
                    && e.type() != EntityType.PERSON
                    && NameForms.initials(nameTokens).equals(acronym);
            boolean byPart = e.type() == EntityType.PERSON
                    && nameTokens.size() > tokens.size()
                    && GroupMerger.containsRun(nameTokens, tokens);
            if (byAcronym || byPart) {
                matches.add(e);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static boolean hasKey(Entity e, String key) {
        if (NameForms.key(e.name()).equals(key)) {
            return true;
        }
        for (String alias : e.aliases()) {
            if (NameForms.key(alias).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
