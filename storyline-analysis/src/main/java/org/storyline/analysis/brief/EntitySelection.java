package org.storyline.analysis.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.model.Entity;
import org.storyline.model.Evidence;

/**
 * Chooses and orders the entities a story brief lists: most mentioned in independent (non-duplicate)
 * articles first, then most mentioned overall, then by name. When there are more than {@value #MAX_ENTITIES},
 * entities mentioned once in a single article are dropped first, then the list is cut; quoted speakers are
 * always kept, since "who said what" names them. Stateless.
 */
final class EntitySelection {

    static final int MAX_ENTITIES = 25;
    static final int KEY_ENTITIES = 5;

    private EntitySelection() {}

    /**
     * @param entities the story's resolved entities
     * @param duplicateIds ids of the story's articles that are duplicate copies
     * @param speakers canonical names of the story's quoted speakers, always kept
     */
    static List<Entity> select(List<Entity> entities, Set<String> duplicateIds, Set<String> speakers) {
        Map<Entity, Integer> independent = new HashMap<>();
        for (Entity e : entities) {
            int n = 0;
            for (Evidence m : e.mentions()) {
                if (!duplicateIds.contains(m.articleId())) {
                    n++;
                }
            }
            independent.put(e, n);
        }
        List<Entity> ranked = new ArrayList<>(entities);
        ranked.sort(Comparator.comparingInt((Entity e) -> -independent.get(e))
                .thenComparingInt(e -> -e.mentions().size())
                .thenComparing(Entity::name)
                .thenComparing(Entity::id));
        if (ranked.size() > MAX_ENTITIES) {
            ranked.removeIf(e -> mentionedOnce(e) && !speakers.contains(e.name()));
        }
        List<Entity> selected = new ArrayList<>(ranked.subList(0, Math.min(MAX_ENTITIES, ranked.size())));
        for (Entity e : ranked.subList(selected.size(), ranked.size())) {
            if (speakers.contains(e.name())) {
                selected.add(e);
            }
        }
        return List.copyOf(selected);
    }

    /** The canonical names of the first {@value #KEY_ENTITIES} selected entities. */
    static List<String> keyNames(List<Entity> selected) {
        List<String> out = new ArrayList<>();
        for (Entity e : selected) {
            if (out.size() == KEY_ENTITIES) {
                break;
            }
            if (!out.contains(e.name())) {
                out.add(e.name());
            }
        }
        return out;
    }

    private static boolean mentionedOnce(Entity e) {
        // one mention is necessarily in one article
        return e.mentions().size() <= 1;
    }
}
