package org.storyline.analysis.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.analysis.story.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Claim;
import org.storyline.model.Evidence;
import org.storyline.model.Qualifier;
import org.storyline.model.Span;

class ClaimBuilderTest {

    private final ClaimBuilder builder = new ClaimBuilder();

    private List<Claim> build(AnalyzedArticle... articles) {
        return builder.build(List.of(articles), new TreeMap<>());
    }

    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    @Test
    void turns_a_figure_into_a_claim_cited_by_its_sentence() {
        var a = article("a1", "2020-03-01", "", "Rain fell. About 300 people fled the valley.")
                .figure("About 300 people", 300, Qualifier.ABOUT, "person", "flee")
                .build();

        assertThat(build(a))
                .containsExactly(new Claim(
                        "c1",
                        300,
                        "",
                        "person",
                        "flee",
                        Qualifier.ABOUT,
                        "",
                        day("2020-03-01"),
                        "About 300 people",
                        List.of(new Evidence("a1", new Span(11, 44))),
                        List.of()));
    }

    @Test
    void synonyms_and_people_words_corroborate_one_claim_including_copies() {
        var a = article("a1", "2020-03-01", "", "Floods killed 12 civilians in Velmar.")
                .figure("12 civilians", 12, Qualifier.EXACT, "civilian", "kill")
                .build();
        var b = article("a2", "2020-03-02", "", "In Velmar 12 people died.")
                .figure("12 people", 12, Qualifier.EXACT, "people", "die")
                .build();
        var copy = article("a3", "2020-03-02", "", "Floods killed 12 civilians in Velmar.")
                .figure("12 civilians", 12, Qualifier.EXACT, "civilian", "kill")
                .build();
        var duplicates = new TreeMap<String, String>();
        duplicates.put("a3", "a1");

        List<Claim> claims = builder.build(List.of(copy, b, a), duplicates);

        assertThat(claims)
                .containsExactly(new Claim(
                        "c1",
                        12,
                        "",
                        "civilian",
                        "kill",
                        Qualifier.EXACT,
                        "",
                        day("2020-03-01"),
                        "12 civilians",
                        List.of(
                                new Evidence("a1", new Span(0, 37)),
                                new Evidence("a2", new Span(0, 25)),
                                new Evidence("a3", new Span(0, 37))),
                        List.of()));
    }

    @Test
    void incompatible_values_on_the_same_measure_differ_and_compatible_ones_do_not() {
        var a = article("a1", "2020-03-01", "", "More than 20,000 people fled. Some said 50,000 fled.")
                .figure("More than 20,000 people", 20000, Qualifier.MORE_THAN, "person", "flee")
                .figure("50,000", 50000, Qualifier.EXACT, "", "flee")
                .build();
        var b = article("a2", "2020-03-01", "", "Officials counted 25,000 displaced residents.")
                .figure("25,000 displaced residents", 25000, Qualifier.EXACT, "resident", "displace")
                .build();
        var c = article("a3", "2020-03-02", "", "Exactly 20,000 civilians were evacuated.")
                .figure("20,000 civilians", 20000, Qualifier.EXACT, "civilian", "evacuate")
                .build();

        List<Claim> claims = build(a, b, c);

        assertThat(claims)
                .extracting(Claim::id, Claim::value, Claim::qualifier, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", 20000.0, Qualifier.MORE_THAN, List.of()),
                        org.assertj.core.groups.Tuple.tuple("c2", 25000.0, Qualifier.EXACT, List.of("c3", "c4")),
                        org.assertj.core.groups.Tuple.tuple("c3", 50000.0, Qualifier.EXACT, List.of("c2", "c4")),
                        org.assertj.core.groups.Tuple.tuple("c4", 20000.0, Qualifier.EXACT, List.of("c2", "c3")));
    }

    @Test
    void vague_amount_is_compatible_with_a_number_in_its_range() {
        var a = article("a1", "2020-03-01", "", "Hundreds of thousands of people are trapped.")
                .figure("Hundreds of thousands of people", 100000, Qualifier.EXACT, "person", "trap", "", true)
                .build();
        var b = article("a2", "2020-03-01", "", "Some 250,000 people are trapped.")
                .figure("Some 250,000 people", 250000, Qualifier.ABOUT, "person", "trap")
                .build();
        var c = article("a3", "2020-03-01", "", "Another 5,000,000 people are trapped.")
                .figure("5,000,000 people", 5000000, Qualifier.EXACT, "person", "trap")
                .build();

        assertThat(build(a, b, c))
                .extracting(Claim::value, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(100000.0, List.of("c3")),
                        org.assertj.core.groups.Tuple.tuple(250000.0, List.of("c3")),
                        org.assertj.core.groups.Tuple.tuple(5000000.0, List.of("c1", "c2")));
    }

    @Test
    void claims_at_clearly_different_times_are_listed_but_not_in_conflict() {
        var early = article("a1", "2020-03-01", "", "The storm killed 10 people.")
                .figure("10 people", 10, Qualifier.EXACT, "person", "kill")
                .build();
        var late = article("a2", "2020-04-15", "", "The storm killed 40 people.")
                .figure("40 people", 40, Qualifier.EXACT, "person", "kill")
                .build();
        var framed = article("a3", "2020-03-01", "", "In one day 3 people were killed.")
                .figure("3 people", 3, Qualifier.EXACT, "person", "kill", "in one day", false)
                .build();
        var otherFrame = article("a4", "2020-03-01", "", "Since January 80 people were killed.")
                .figure("80 people", 80, Qualifier.EXACT, "person", "kill", "since January", false)
                .build();

        assertThat(build(early, late, framed, otherFrame))
                .extracting(Claim::id, Claim::value, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", 3.0, List.of("c2")),
                        org.assertj.core.groups.Tuple.tuple("c2", 10.0, List.of("c1", "c3")),
                        org.assertj.core.groups.Tuple.tuple("c3", 80.0, List.of("c2")),
                        org.assertj.core.groups.Tuple.tuple("c4", 40.0, List.of()));
    }

    @Test
    void date_comes_from_a_day_mention_in_the_sentence_else_publication() {
        var a = article("a1", "2020-03-05", "", "On 2 March 7 people were injured. Later 9 people were wounded.")
                .day("2 March", "2020-03-02")
                .figure("7 people", 7, Qualifier.EXACT, "person", "injure")
                .figure("9 people", 9, Qualifier.EXACT, "person", "wound")
                .build();
        var undated = article("a2", "", "", "Some 9 people were hurt.")
                .figure("Some 9 people", 9, Qualifier.ABOUT, "person", "hurt")
                .build();

        assertThat(build(a, undated))
                .extracting(Claim::id, Claim::value, Claim::date, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", 7.0, day("2020-03-02"), List.of("c3")),
                        org.assertj.core.groups.Tuple.tuple("c2", 9.0, day("2020-03-05"), List.of()),
                        org.assertj.core.groups.Tuple.tuple("c3", 9.0, Optional.empty(), List.of("c1")));
    }

    @Test
    void bare_numbers_and_different_measures_stay_apart() {
        var a = article("a1", "2020-03-01", "", "Of 12 trucks, 4 arrived. 12 people died.")
                .figure("12 trucks", 12, Qualifier.EXACT, "truck", "")
                .figure("4", 4, Qualifier.EXACT, "", "")
                .figure("12 people", 12, Qualifier.EXACT, "person", "die")
                .build();

        assertThat(build(a))
                .extracting(Claim::id, Claim::what, Claim::event, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", "truck", "", List.of()),
                        org.assertj.core.groups.Tuple.tuple("c2", "person", "die", List.of()));
    }

    @Test
    void durations_and_objects_make_no_claims_but_people_forces_money_percentages_and_events_do() {
        var a = article(
                        "a1",
                        "2020-03-01",
                        "",
                        "After four years of war, a 48-hour truce was proposed. Four corridors and one balcony. "
                                + "Three siblings hid for less than 10 minutes. 300 troops and 12 households left. "
                                + "Aid rose 40 %. It cost 5 million. Then 2,000 fled.")
                .measure("four years", 4, "year", "", "")
                .measure("48-hour truce", 48, "hour", "truce", "")
                .figure("Four corridors", 4, Qualifier.EXACT, "corridor", "")
                .figure("one balcony", 1, Qualifier.EXACT, "balcony", "")
                .figure("Three siblings", 3, Qualifier.EXACT, "sibling", "")
                .figure("less than 10 minutes", 10, Qualifier.LESS_THAN, "", "leave")
                .figure("300 troops", 300, Qualifier.EXACT, "troop", "")
                .figure("12 households", 12, Qualifier.EXACT, "household", "leave")
                .measure("40 %", 40, "%", "", "")
                .measure("5 million", 5e6, "USD", "", "")
                .figure("2,000", 2000, Qualifier.EXACT, "", "flee")
                .build();

        assertThat(build(a))
                .extracting(Claim::text)
                .containsExactlyInAnyOrder("300 troops", "12 households", "40 %", "5 million", "2,000");
    }

    @Test
    void figures_of_one_report_or_of_copies_of_it_never_disagree() {
        String text = "On Monday 46 people were killed. Within two weeks some 700 civilians were killed.";
        var report = article("a1", "2020-03-04", "", text)
                .figure("46 people", 46, Qualifier.EXACT, "person", "kill")
                .figure("some 700 civilians", 700, Qualifier.ABOUT, "civilian", "kill")
                .build();
        var copy = article("a2", "2020-03-04", "", text)
                .figure("46 people", 46, Qualifier.EXACT, "person", "kill")
                .figure("some 700 civilians", 700, Qualifier.ABOUT, "civilian", "kill")
                .build();
        var duplicates = new TreeMap<String, String>();
        duplicates.put("a2", "a1");

        assertThat(builder.build(List.of(report, copy), duplicates))
                .extracting(Claim::value, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(46.0, List.of()),
                        org.assertj.core.groups.Tuple.tuple(700.0, List.of()));
    }

    @Test
    void two_outlets_with_different_counts_on_the_same_day_disagree() {
        var one = article("a1", "2020-06-10", "", "Officials said 1,200 people were evacuated.")
                .figure("1,200 people", 1200, Qualifier.EXACT, "person", "evacuate")
                .build();
        var other = article("a2", "2020-06-10", "", "Some 1,500 residents were evacuated, the mayor said.")
                .figure("Some 1,500 residents", 1500, Qualifier.ABOUT, "resident", "evacuate")
                .build();

        assertThat(build(one, other))
                .extracting(Claim::id, Claim::differsFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c1", List.of("c2")),
                        org.assertj.core.groups.Tuple.tuple("c2", List.of("c1")));
    }

    @Test
    void every_figure_is_evidence_of_exactly_one_claim_for_random_input() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] events = {"kill", "die", "flee", "injure", ""};
        String[] whats = {"person", "civilian", "", "truck"};
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            text.append("Count ").append(i).append(" was N").append(i).append(". ");
        }
        var first = article("a1", "2020-01-01", "", text.toString());
        var second = article("a2", "2020-01-01", "", text.toString());
        for (int i = 0; i < n; i++) {
            (random.nextBoolean() ? first : second)
                    .figure(
                            "N" + i,
                            random.nextInt(4) * 10,
                            Qualifier.values()[random.nextInt(7)],
                            whats[random.nextInt(whats.length)],
                            events[random.nextInt(events.length)]);
        }
        AnalyzedArticle a = first.build();
        AnalyzedArticle b = second.build();

        List<Claim> claims = build(a, b);

        long known = java.util.stream.Stream.concat(a.figures().stream(), b.figures().stream())
                .filter(f -> !(f.what().isEmpty() && f.event().isEmpty()))
                .count();
        assertThat(claims.stream().mapToInt(c -> c.evidence().size()).sum())
                .as("seed %d", seed)
                .isEqualTo((int) known);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            assertThat(c.id()).as("seed %d", seed).isEqualTo("c" + (i + 1));
            for (String other : c.differsFrom()) {
                Claim o = claims.get(Integer.parseInt(other.substring(1)) - 1);
                assertThat(o.differsFrom()).as("seed %d: symmetric", seed).contains(c.id());
                assertThat(o.value()).as("seed %d", seed).isNotEqualTo(c.value());
                assertThat(c.evidence().stream().anyMatch(x -> o.evidence().stream()
                                .anyMatch(y -> !x.articleId().equals(y.articleId()))))
                        .as("seed %d: %s and %s come from one article", seed, c.id(), other)
                        .isTrue();
            }
        }
    }
}
