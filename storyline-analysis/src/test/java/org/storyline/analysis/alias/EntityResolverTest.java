package org.storyline.analysis.alias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.Span;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    private List<Entity> resolve(AnalyzedArticle... articles) {
        return resolver.resolve(List.of(articles)).entities();
    }

    @Test
    void merges_the_same_name_across_articles() {
        var a = article("a1", "", "", "Karel Novak arrived.")
                .person("Karel Novak")
                .build();
        var b = article("a2", "", "", "Then Karel Novak left.")
                .person("Karel Novak")
                .build();

        ResolvedEntities resolved = resolver.resolve(List.of(b, a));

        assertThat(resolved.entities()).hasSize(1);
        Entity e = resolved.entities().get(0);
        assertThat(e)
                .isEqualTo(new Entity(
                        "e1",
                        "Karel Novak",
                        EntityType.PERSON,
                        List.of(),
                        "",
                        List.of(new Evidence("a1", new Span(0, 11)), new Evidence("a2", new Span(5, 16)))));
        assertThat(resolved.byMention("a2", new Span(5, 16))).contains(e);
        assertThat(resolved.byMention("a2", new Span(5, 15))).isEmpty();
        assertThat(resolved.byName("karel novak")).contains(e);
    }

    @Test
    void surname_and_titled_surname_join_the_unique_full_name() {
        var a = article("a1", "", "", "Karel Novak spoke. Novak left. Mr Novak's car waited.")
                .person("Karel Novak", "Mr Novak's", "Novak")
                .build();

        List<Entity> entities = resolve(a);

        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Karel Novak");
        assertThat(entities.get(0).aliases()).containsExactly("Mr Novak", "Novak");
        assertThat(entities.get(0).mentions()).hasSize(3);
    }

    @Test
    void a_title_written_before_a_surname_is_an_alias() {
        var a = article("a1", "", "", "Mayor Lina Brask spoke. Later Ms Brask and Dr. Ruud Okoye toured the quay.")
                .person("Lina Brask", "Ruud Okoye", "Brask")
                .build();
        var b = article("a2", "", "", "Ms  Brask thanked Okoye.")
                .person("Brask", "Okoye")
                .build();

        assertThat(resolve(a, b))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lina Brask", List.of("Brask", "Ms Brask")),
                        org.assertj.core.groups.Tuple.tuple("Ruud Okoye", List.of("Dr. Ruud Okoye", "Okoye")));
    }

    @Test
    void a_name_in_capitals_is_matched_but_normal_case_is_preferred_and_kept() {
        var a = article("a1", "", "", "TARVEL BAY, May 2 - Water rose in Tarvel Bay. The WHO and W.H.O. warned.")
                .place("TARVEL BAY", "Tarvel Bay")
                .org("WHO", "W.H.O.")
                .build();
        var b = article("a2", "", "", "KESSA - Rain fell.").place("KESSA").build();

        assertThat(resolve(a, b))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Tarvel Bay", List.of()),
                        org.assertj.core.groups.Tuple.tuple("W.H.O.", List.of("WHO")),
                        org.assertj.core.groups.Tuple.tuple("KESSA", List.of()));
    }

    @Test
    void surname_shared_by_two_full_names_joins_neither() {
        var a = article("a1", "", "", "Karel Novak met Jana Novak. Novak smiled.")
                .person("Karel Novak", "Jana Novak")
                .build();
        var b = article("a2", "", "", "Novak smiled.").person("Novak").build();

        List<Entity> entities = resolve(a, b);

        assertThat(entities).extracting(Entity::name).containsExactly("Jana Novak", "Karel Novak", "Novak");
    }

    @Test
    void arabic_article_and_particle_case_do_not_separate_names() {
        var a = article("a1", "", "", "Omar al-Rashid met Pieter van Dijk.")
                .person("Omar al-Rashid", "Pieter van Dijk")
                .build();
        var b = article("a2", "", "", "Omar Rashid thanked Van Dijk. Rashid left.")
                .person("Omar Rashid", "Van Dijk", "Rashid")
                .build();

        List<Entity> entities = resolve(a, b);

        assertThat(entities)
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Omar al-Rashid", List.of("Omar Rashid", "Rashid")),
                        org.assertj.core.groups.Tuple.tuple("Pieter van Dijk", List.of("Van Dijk")));
    }

    @Test
    void acronym_spelling_variants_and_dots_all_name_one_organisation() {
        var a = article("a1", "", "", "The World Health Organisation (WHO) warned. W.H.O. staff left.")
                .org("World Health Organisation", "WHO", "W.H.O.")
                .build();
        var b = article("a2", "", "", "The World Health Organization said so. WHO agreed.")
                .org("World Health Organization", "WHO")
                .build();

        List<Entity> entities = resolve(a, b);

        assertThat(entities).hasSize(1);
        Entity who = entities.get(0);
        assertThat(who.name()).isEqualTo("World Health Organisation");
        assertThat(who.aliases()).containsExactly("W.H.O.", "WHO", "World Health Organization");
        assertThat(who.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(who.mentions()).hasSize(5);
    }

    @Test
    void acronym_with_two_possible_expansions_joins_neither() {
        var a = article("a1", "", "", "The Food Council and the Farm Club met. FC spoke.")
                .org("Food Council", "Farm Club", "FC")
                .build();

        assertThat(resolve(a)).extracting(Entity::name).containsExactly("FC", "Farm Club", "Food Council");
    }

    @Test
    void british_and_american_spellings_are_one_name() {
        var a = article("a1", "", "", "The Ministry of Defence spoke.")
                .org("Ministry of Defence")
                .build();
        var b = article("a2", "", "", "The Ministry of Defense spoke.")
                .org("Ministry of Defense")
                .build();
        var c = article("a3", "", "", "The Food Programme helped.")
                .org("Food Programme")
                .build();
        var d = article("a4", "", "", "The Food Program helped.")
                .org("Food Program")
                .build();

        assertThat(resolve(a, b, c, d))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Food Programme", List.of("Food Program")),
                        org.assertj.core.groups.Tuple.tuple("Ministry of Defence", List.of("Ministry of Defense")));
    }

    @Test
    void type_is_the_majority_vote() {
        var a = article("a1", "", "", "Velmar grew. Velmar voted. Velmar won.")
                .place("Velmar")
                .build();
        var b = article("a2", "", "", "Velmar said no.").person("Velmar").build();

        assertThat(resolve(a, b).get(0).type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void ids_follow_mention_count_then_name() {
        var a = article("a1", "", "", "Brill met Zorn. Zorn met Adler. Zorn left.")
                .person("Brill", "Zorn", "Adler")
                .build();

        assertThat(resolve(a))
                .extracting(Entity::id, Entity::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e1", "Zorn"),
                        org.assertj.core.groups.Tuple.tuple("e2", "Adler"),
                        org.assertj.core.groups.Tuple.tuple("e3", "Brill"));
    }

    @Test
    void role_from_premodifiers() {
        var a = article(
                        "a1",
                        "",
                        "",
                        "Ministry spokesman Tomas Berg denied it. Velmar Defense Secretary Ana Kral agreed. "
                                + "UN envoy for Velmar Jan Osk arrived. Later Vostrian Foreign Minister Ivo Dane spoke.")
                .person("Tomas Berg", "Ana Kral", "Jan Osk", "Ivo Dane")
                .build();

        assertThat(resolve(a))
                .extracting(Entity::name, Entity::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ana Kral", "Velmar Defense Secretary"),
                        org.assertj.core.groups.Tuple.tuple("Ivo Dane", "Vostrian Foreign Minister"),
                        org.assertj.core.groups.Tuple.tuple("Jan Osk", "UN envoy for Velmar"),
                        org.assertj.core.groups.Tuple.tuple("Tomas Berg", "Ministry spokesman"));
    }

    @Test
    void role_from_apposition() {
        var a = article(
                        "a1",
                        "",
                        "",
                        "Omar Haddad, a pro-government civil defense official based in the town, said it burned.")
                .person("Omar Haddad")
                .build();

        assertThat(resolve(a).get(0).role()).isEqualTo("pro-government civil defense official");
    }

    @Test
    void role_is_the_most_frequent_stated_and_empty_when_none() {
        var a = article(
                        "a1",
                        "",
                        "",
                        "Mayor Lena Dorn spoke. Governor Lena Dorn? No: Mayor Lena Dorn again. Piet Ruys said nothing.")
                .person("Lena Dorn", "Piet Ruys")
                .build();

        assertThat(resolve(a))
                .extracting(Entity::name, Entity::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lena Dorn", "Mayor"),
                        org.assertj.core.groups.Tuple.tuple("Piet Ruys", ""));
    }

    @Test
    void by_name_uses_the_same_rules() {
        var a = article("a1", "", "", "Karel Novak and the United Nations met. The UN agreed.")
                .person("Karel Novak")
                .org("United Nations", "UN")
                .build();

        ResolvedEntities resolved = resolver.resolve(List.of(a));

        assertThat(resolved.byName("Mr Novak").map(Entity::name)).contains("Karel Novak");
        assertThat(resolved.byName("Novak's").map(Entity::name)).contains("Karel Novak");
        assertThat(resolved.byName("U.N.").map(Entity::name)).contains("United Nations");
        assertThat(resolved.byName("the United Nations").map(Entity::name)).contains("United Nations");
        assertThat(resolved.byName("Jana Novak")).isEmpty();
        assertThat(resolved.byName("  ")).isEmpty();
    }

    @Test
    void every_mention_belongs_to_exactly_one_entity_for_random_input() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] names = {
            "Karel Novak",
            "Novak",
            "Mr Novak",
            "UN",
            "United Nations",
            "U.N.",
            "Jana Novak",
            "Omar al-Rashid",
            "Rashid",
            "Velmar",
            "Food Programme",
            "FP"
        };
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count; i++) {
            text.append(names[random.nextInt(names.length)]).append(" spoke. ");
        }
        var fixture = article("a1", "", "", text.toString());
        for (String n : names) {
            if (text.indexOf(n + " spoke") >= 0) {
                fixture.entity(EntityType.values()[random.nextInt(4)], n);
            }
        }
        AnalyzedArticle a = fixture.build();

        ResolvedEntities resolved = resolver.resolve(List.of(a));

        int total =
                resolved.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        assertThat(total).as("seed %d", seed).isEqualTo(a.entities().size());
        for (var m : a.entities()) {
            assertThat(resolved.byMention("a1", m.span())).as("seed %d", seed).isPresent();
        }
        for (int i = 0; i < resolved.entities().size(); i++) {
            assertThat(resolved.entities().get(i).id()).as("seed %d", seed).isEqualTo("e" + (i + 1));
        }
    }
}
