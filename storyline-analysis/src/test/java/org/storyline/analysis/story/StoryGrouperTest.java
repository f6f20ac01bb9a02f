package org.storyline.analysis.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Story;

class StoryGrouperTest {

    static AnalyzedArticle drovaniaFlood1() {
        return article(
                        "d1",
                        "2021-05-03",
                        "Floods kill 14 in Drovania's Velmar valley",
                        "Flash floods swept through the Velmar valley in northern Drovania on Sunday, killing at least 14 "
                                + "people and cutting off dozens of villages, the Drovanian Red Cross said. Rescuers "
                                + "used boats to reach families stranded on rooftops in Velmar after the Istra river "
                                + "burst its banks following two days of torrential rain.")
                .org("Drovanian Red Cross")
                .place("Velmar valley", "Drovania", "Velmar", "Istra")
                .build();
    }

    static AnalyzedArticle drovaniaFlood2() {
        return article(
                        "d2",
                        "2021-05-04",
                        "Death toll rises as Istra river floods Velmar",
                        "The death toll from flooding in Drovania rose to 19 on Monday as the Istra river kept rising "
                                + "and rescuers searched for missing villagers around Velmar. Drovania's prime "
                                + "minister Anton Lesk visited the valley and promised emergency funds to rebuild "
                                + "roads and bridges washed away by the floodwaters.")
                .person("Anton Lesk")
                .place("Drovania", "Istra", "Velmar")
                .build();
    }

    static AnalyzedArticle drovaniaFlood3() {
        return article(
                        "d3",
                        "2021-05-04",
                        "Velmar residents count losses after Istra floods",
                        "Residents of Velmar returned to mud-filled homes on Monday after the Istra river flood that "
                                + "killed 19 people in Drovania. Anton Lesk, the prime minister, said the army would "
                                + "help clear debris, while the Drovanian Red Cross handed out drinking water across "
                                + "the Velmar valley.")
                .person("Anton Lesk")
                .org("Drovanian Red Cross")
                .place("Velmar valley", "Velmar", "Istra", "Drovania")
                .build();
    }

    static AnalyzedArticle lorvaniaFlood() {
        return article(
                        "l1",
                        "2021-05-05",
                        "Floods hit Lorvania's coastal city of Kessa",
                        "Heavy monsoon rain flooded the coastal city of Kessa in southern Lorvania on Wednesday, "
                                + "forcing 3,000 residents from their homes, officials in Lorvania said. The Marra "
                                + "river overflowed near the port and the Kessa airport was closed as water covered the "
                                + "runway, mayor Ilse Varga told reporters.")
                .person("Ilse Varga")
                .place("Kessa", "Lorvania", "Marra")
                .build();
    }

    static AnalyzedArticle footballTransfer() {
        return article(
                        "f1",
                        "2021-05-04",
                        "Striker Tomas Brenn joins Kessa United",
                        "Kessa United have signed striker Tomas Brenn on a three-year contract for a club record fee, "
                                + "the club announced. Brenn scored 22 goals last season.")
                .person("Tomas Brenn", "Brenn")
                .org("Kessa United")
                .build();
    }

    static AnalyzedArticle siegeProposal() {
        return article(
                        "k1",
                        "2019-03-07",
                        "Envoy proposes truce for besieged Korvask",
                        "A mediator on Thursday proposed a three-day truce in Korvask so that convoys could bring flour "
                                + "and insulin into the besieged river city. Envoy Lina Marsh said Peru and Chile backed "
                                + "the plan. Food stocks in Korvask are nearly gone, doctors in Korvask said, and the "
                                + "hospital generator runs two hours a day.")
                .person("Lina Marsh")
                .place("Korvask", "Peru", "Chile")
                .build();
    }

    static AnalyzedArticle siegeExodus() {
        return article(
                        "k2",
                        "2019-08-02",
                        "Thousands flee Korvask as government troops advance",
                        "Thousands of families streamed out of eastern Korvask on Friday as government troops captured "
                                + "the old bridge district. Shelling of Korvask neighbourhoods left bodies in the streets, "
                                + "medics said. Peru urged restraint. Those leaving Korvask carried what they could; "
                                + "fighters stayed behind in the besieged city.")
                .place("Korvask", "Peru")
                .build();
    }

    static AnalyzedArticle siegeTalks() {
        return article(
                        "k3",
                        "2019-08-09",
                        "Ministers meet on evacuation of Korvask fighters",
                        "Foreign ministers met in Lisbon to discuss letting fighters and civilians leave Korvask "
                                + "under guarantees of safe passage. Minister Omar Sayed said the fighters in Korvask "
                                + "distrust any deal. Peru and Chile sent envoys. Buses are waiting outside Korvask.")
                .person("Omar Sayed")
                .place("Korvask", "Lisbon", "Peru", "Chile")
                .build();
    }

    static AnalyzedArticle troopsElsewhere() {
        return article(
                        "k4",
                        "2019-08-09",
                        "Peru sends troops to fight gangs in Tarvel",
                        "Peru is sending 300 more troops to help Chile drive armed gangs out of Tarvel province, "
                                + "defence minister Ruth Abel said. Government troops will train local police. Peru and "
                                + "Chile say the gangs smuggle fighters and weapons across the mountains.")
                .person("Ruth Abel")
                .place("Peru", "Chile", "Tarvel")
                .build();
    }

    @Test
    void the_place_a_story_happens_in_holds_it_together_across_months_but_shared_countries_do_not() {
        List<AnalyzedArticle> batch = List.of(siegeProposal(), siegeExodus(), siegeTalks(), troopsElsewhere());

        List<Story> stories = StoryGrouper.defaults().group(batch, new TreeMap<>());

        assertThat(stories).extracting(Story::articleIds).containsExactly(List.of("k1", "k2", "k3"), List.of("k4"));
    }

    @Test
    void focus_place_is_the_specific_place_named_at_least_three_times() {
        assertThat(TermVectors.focusPlace(siegeProposal())).contains("korvask");
        assertThat(TermVectors.focusPlace(troopsElsewhere())).isEmpty();
        assertThat(BroadPlaces.contains("the U.S.")).isTrue();
        assertThat(BroadPlaces.contains("Middle East")).isTrue();
        assertThat(BroadPlaces.contains("Korvask")).isFalse();
    }

    @Test
    void keeps_a_duplicate_with_its_original() {
        var original = article("a1", "2020-03-01", "Storm", "A storm hit the coastal town of Velmar.")
                .build();
        var copy = article("a2", "2020-03-02", "Storm hits", "A storm hit the coastal town of Velmar.")
                .build();
        var duplicates = new TreeMap<String, String>();
        duplicates.put("a2", "a1");

        List<Story> stories = StoryGrouper.defaults().group(List.of(copy, original), duplicates);

        assertThat(stories).hasSize(1);
        Story s = stories.get(0);
        assertThat(s.id()).isEqualTo("s1");
        assertThat(s.articleIds()).containsExactly("a1", "a2");
        assertThat(s.duplicateOf()).containsExactly(Map.entry("a2", "a1"));
        assertThat(s.firstSeen()).isEqualTo(Optional.of(LocalDate.parse("2020-03-01")));
        assertThat(s.lastSeen()).isEqualTo(Optional.of(LocalDate.parse("2020-03-02")));
    }

    @Test
    void separates_two_floods_in_the_same_week_and_an_unrelated_transfer() {
        List<AnalyzedArticle> batch =
                List.of(footballTransfer(), lorvaniaFlood(), drovaniaFlood3(), drovaniaFlood1(), drovaniaFlood2());

        List<Story> stories = StoryGrouper.defaults().group(batch, new TreeMap<>());

        assertThat(stories)
                .extracting(Story::id, Story::articleIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("s1", List.of("d1", "d2", "d3")),
                        org.assertj.core.groups.Tuple.tuple("s2", List.of("f1")),
                        org.assertj.core.groups.Tuple.tuple("s3", List.of("l1")));
        assertThat(stories.get(0).keyEntities())
                .containsExactly("Drovania", "Istra", "Velmar", "Anton Lesk", "Drovanian Red Cross");
        assertThat(stories.get(0).firstSeen()).contains(LocalDate.parse("2021-05-03"));
        assertThat(stories.get(0).lastSeen()).contains(LocalDate.parse("2021-05-04"));
        assertThat(stories.get(1).keyEntities()).containsExactly("Tomas Brenn", "Kessa United");
    }

    @Test
    void a_strict_threshold_leaves_every_report_alone() {
        List<AnalyzedArticle> batch = List.of(drovaniaFlood1(), drovaniaFlood2(), drovaniaFlood3());

        List<Story> stories = new StoryGrouper(0.99).group(batch, new TreeMap<>());

        assertThat(stories)
                .extracting(Story::id, Story::articleIds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("s1", List.of("d1")),
                        org.assertj.core.groups.Tuple.tuple("s2", List.of("d2")),
                        org.assertj.core.groups.Tuple.tuple("s3", List.of("d3")));
    }

    @Test
    void rejects_a_threshold_outside_zero_to_one() {
        assertThatThrownBy(() -> new StoryGrouper(0)).hasMessageContaining("found 0.0");
        assertThatThrownBy(() -> new StoryGrouper(1.5)).hasMessageContaining("(0, 1]");
    }

    @Test
    void every_article_is_in_exactly_one_story_for_random_input() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<AnalyzedArticle> pool =
                List.of(drovaniaFlood1(), drovaniaFlood2(), drovaniaFlood3(), lorvaniaFlood(), footballTransfer());
        List<AnalyzedArticle> batch = new ArrayList<>();
        for (AnalyzedArticle a : pool) {
            if (random.nextBoolean()) {
                batch.add(a);
            }
        }
        TreeMap<String, String> duplicates = new TreeMap<>();
        if (batch.size() >= 2 && random.nextBoolean()) {
            duplicates.put(batch.get(1).article().id(), batch.get(0).article().id());
        }
        duplicates.put(
                "missing", batch.isEmpty() ? "none" : batch.get(0).article().id());

        List<Story> stories = StoryGrouper.defaults().group(batch, duplicates);

        TreeSet<String> seen = new TreeSet<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            assertThat(s.id()).as("seed %d", seed).isEqualTo("s" + (i + 1));
            for (String id : s.articleIds()) {
                assertThat(seen.add(id))
                        .as("seed %d: %s in two stories", seed, id)
                        .isTrue();
            }
            s.duplicateOf()
                    .forEach((copy, original) ->
                            assertThat(s.articleIds()).as("seed %d", seed).contains(copy, original));
            if (i > 0) {
                assertThat(s.articleIds().size())
                        .as("seed %d", seed)
                        .isLessThanOrEqualTo(stories.get(i - 1).articleIds().size());
            }
        }
        assertThat(seen).as("seed %d", seed).hasSize(batch.size());
    }
}
