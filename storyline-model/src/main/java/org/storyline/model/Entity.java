package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world person, organisation or place, merged across articles.
 *
 * @param id stable within a brief ("e1")
 * @param name the canonical (usually longest full) name: "Staffan de Mistura"
 * @param type its type
 * @param aliases every other way the sources wrote it, sorted ("De Mistura", "de Mistura")
 * @param role a role stated in the text ("State Department spokesman"), or empty
 * @param mentions every mention, as evidence (article and the mention's span)
 */
public record Entity(
        String id, String name, EntityType type, List<String> aliases, String role, List<Evidence> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(role, "role");
        mentions = List.copyOf(mentions);
    }
}
