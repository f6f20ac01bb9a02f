package org.storyline.analysis.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.Span;

class EntitySelectionTest {

    private static Entity entity(String id, String name, int mentions) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            evidence.add(new Evidence("a1", new Span(10 * i, 10 * i + 5)));
        }
        return new Entity(id, name, EntityType.PERSON, List.of(), "", evidence);
    }

    @Test
    void keeps_a_quoted_speaker_mentioned_once_when_the_list_is_cut() {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < EntitySelection.MAX_ENTITIES + 5; i++) {
            entities.add(entity("e" + i, String.format("Person %02d", i), 2));
        }
        entities.add(entity("q1", "Quoted Once", 1));
        entities.add(entity("u1", "Unquoted Once", 1));

        List<Entity> selected = EntitySelection.select(entities, Set.of(), Set.of("Quoted Once"));

        assertThat(selected).extracting(Entity::name).contains("Quoted Once").doesNotContain("Unquoted Once");
        assertThat(selected).hasSize(EntitySelection.MAX_ENTITIES + 1);
    }

    @Test
    void ranks_by_mentions_in_independent_articles_first() {
        Entity copied = new Entity(
                "c",
                "Copied Often",
                EntityType.PERSON,
                List.of(),
                "",
                List.of(new Evidence("copy", new Span(0, 5)), new Evidence("copy", new Span(10, 15))));
        Entity original = entity("o", "Original Once", 1);

        assertThat(EntitySelection.select(List.of(copied, original), Set.of("copy"), Set.of()))
                .extracting(Entity::name)
                .containsExactly("Original Once", "Copied Often");
    }
}
