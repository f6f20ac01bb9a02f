package org.storyline.analysis.alias;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

/** The mentions of a batch that share one matching key; built and read within one resolution only. */
final class MentionGroup {

    /**
     * One mention as written (cleaned), in resolution order; {@code titled} is the form with the title written
     * right before it ("Ms Varga" for "Varga"), or empty.
     */
    record Written(String articleId, Span span, String form, String titled, EntityType type) {}

    final String key;
    final List<String> tokens;
    final List<Written> mentions = new ArrayList<>();
    private final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);

    MentionGroup(String key, List<String> tokens) {
        this.key = key;
        this.tokens = List.copyOf(tokens);
    }

    void add(Written w) {
        mentions.add(w);
        votes.merge(w.type(), 1, Integer::sum);
    }

    /** The most frequent type; ties go to the first in {@link EntityType} order. */
    EntityType majorityType() {
        return majority(votes);
    }

    /** True when some mention is written as an acronym ("U.N.", "WFP"). */
    boolean writtenAsAcronym() {
        for (Written w : mentions) {
            if (NameForms.acronym(w.form()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static EntityType majority(Map<EntityType, Integer> votes) {
        EntityType best = EntityType.MISC;
        int bestCount = -1;
        for (EntityType t : EntityType.values()) {
            int c = votes.getOrDefault(t, 0);
            if (c > bestCount) {
                best = t;
                bestCount = c;
            }
        }
        return best;
    }
}
