package org.storyline.analysis.alias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.Span;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    @Test
    void merges_the_same_name_across_articles() {
        var a = article("a1", "", "", "Karel Novak arrived.").person("Karel Novak").build();
        var b = article("a2", "", "", "Then Karel Novak left.").person("Karel Novak").build();

        ResolvedEntities resolved = resolver.resolve(List.of(a, b));

        assertThat(resolved.entities()).hasSize(1);
        Entity e = resolved.entities().get(0);
        assertThat(e.id()).isEqualTo("e1");
        assertThat(e.name()).isEqualTo("Karel Novak");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.mentions())
                .containsExactly(new Evidence("a1", new Span(0, 11)), new Evidence("a2", new Span(5, 16)));
        assertThat(resolved.byMention("a2", new Span(5, 16))).contains(e);
        assertThat(resolved.byName("karel novak")).contains(e);
    }
}
