package org.storyline.analysis.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.storyline.analysis.summary.TestArticle;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.AttributedQuote;
import org.storyline.model.Brief;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityType;
import org.storyline.model.Evidence;
import org.storyline.model.PublishedDate;
import org.storyline.model.SourceArticle;
import org.storyline.model.Story;
import org.storyline.model.StoryBrief;
import org.storyline.model.SummarySentence;

class BriefComposerTest {

    static final String FLOOD_1 = "Floodwaters destroyed 300 homes in the river town of Marlow on Tuesday,"
            + " the regional governor said.\n\n\"We have never seen the river rise so fast,\" said Karel Novak.\n\n"
            + "Rescue teams evacuated 1,200 residents from low-lying streets overnight.";
    static final String FLOOD_2 = "The regional governor said 300 homes in Marlow were destroyed when the river"
            + " burst its banks on Tuesday.\n\nEngineers inspected two damaged bridges across the river.";
    static final String FLOOD_3 = "Rescue teams evacuated 1,200 residents from the low-lying streets of Marlow"
            + " overnight.\n\n\"We have never seen the river rise so fast,\" the mayor Karel Novak told reporters.";
    static final String FOOTBALL = "Dunmore United signed the striker Paolo Vento from a Lisbon club for"
            + " 4 million euros.\n\nThe striker scored 19 goals in the Portuguese league last season.";

    static AnalyzedArticle flood1() {
        return TestArticle.of("a1")
                .title("Floods destroy 300 homes in Marlow")
                .published("2024-03-05")
                .text(FLOOD_1)
                .entity("Marlow", EntityType.LOCATION)
                .entity("Karel Novak", EntityType.PERSON)
                .date("Tuesday", "2024-03-05")
                .quote("We have never seen the river rise so fast,", "Karel Novak")
                .build();
    }

    static AnalyzedArticle flood2() {
        return TestArticle.of("a2")
                .title("Marlow counts the cost of the river flood")
                .published("2024-03-06")
                .text(FLOOD_2)
                .entity("Marlow", EntityType.LOCATION)
                .date("Tuesday", "2024-03-05")
                .build();
    }

    static AnalyzedArticle flood3() {
        return TestArticle.of("a3")
                .title("Evacuations in Marlow")
                .published("2024-03-06")
                .text(FLOOD_3)
                .entity("Marlow", EntityType.LOCATION)
                .entity("Karel Novak", EntityType.PERSON)
                .quote("We have never seen the river rise so fast,", "Karel Novak")
                .build();
    }

    static AnalyzedArticle football() {
        return TestArticle.of("a4")
                .title("Dunmore sign Vento")
                .published("2024-03-06")
                .text(FOOTBALL)
                .entity("Dunmore United", EntityType.ORGANIZATION)
                .entity("Paolo Vento", EntityType.PERSON)
                .build();
    }

    /** A grouping stage that puts the given ids together, in the given order, as the real grouper would. */
    static BiFunction<List<AnalyzedArticle>, SortedMap<String, String>, List<Story>> groups(List<List<String>> ids) {
        return (articles, duplicates) -> {
            List<Story> out = new ArrayList<>();
            for (List<String> members : ids) {
                SortedMap<String, String> dups = new TreeMap<>(duplicates);
                dups.keySet().retainAll(members);
                List<LocalDate> days = articles.stream()
                        .filter(a -> members.contains(a.article().id()))
                        .flatMap(a -> a.article().published().map(PublishedDate::date).stream())
                        .sorted()
                        .toList();
                out.add(new Story(
                        "s" + (out.size() + 1),
                        members.stream().sorted().toList(),
                        dups,
                        List.of(),
                        days.stream().findFirst(),
                        days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1))));
            }
            return out;
        };
    }

    static BriefComposer composer(Map<String, String> duplicates, List<List<String>> stories) {
        return new BriefComposer(5, articles -> new TreeMap<>(duplicates), groups(stories));
    }

    @Test
    void each_story_is_summarised_from_its_own_members_only() {
        Brief brief = composer(Map.of(), List.of(List.of("a1", "a2", "a3"), List.of("a4")))
                .compose(List.of(football(), flood3(), flood1(), flood2()), List.of());

        assertThat(brief.stories())
                .extracting(b -> b.story().articleIds())
                .containsExactly(List.of("a1", "a2", "a3"), List.of("a4"));
        StoryBrief flood = brief.stories().get(0);
        assertThat(flood.summary()).isNotEmpty();
        assertThat(flood.summary())
                .flatExtracting(SummarySentence::evidence)
                .extracting(Evidence::articleId)
                .doesNotContain("a4");
        assertThat(flood.summary()).extracting(SummarySentence::text).noneMatch(FOOTBALL::contains);
        assertThat(flood.summary().get(0).text())
                .isEqualTo(
                        "Floodwaters destroyed 300 homes in the river town of Marlow on Tuesday, the regional governor said.");
        assertThat(flood.summary().get(0).evidence())
                .extracting(Evidence::articleId)
                .containsExactly("a1", "a2");
        assertThat(brief.stories().get(1).summary())
                .flatExtracting(SummarySentence::evidence)
                .extracting(Evidence::articleId)
                .containsOnly("a4");
        assertThat(flood.entities()).extracting(e -> e.name()).doesNotContain("Paolo Vento", "Dunmore United");
    }

    @Test
    void a_batch_with_an_unrelated_article_gives_two_stories_and_keeps_it_out_of_the_first_summary() {
        Brief brief = new BriefComposer(5).compose(List.of(football(), flood3(), flood1(), flood2()), List.of());

        assertThat(brief.stories())
                .extracting(b -> b.story().articleIds())
                .containsExactly(List.of("a1", "a2", "a3"), List.of("a4"));
        StoryBrief flood = brief.stories().get(0);
        assertThat(flood.summary())
                .flatExtracting(SummarySentence::evidence)
                .extracting(Evidence::articleId)
                .doesNotContain("a4");
        assertThat(flood.summary()).extracting(SummarySentence::text).noneMatch(FOOTBALL::contains);
        assertThat(brief.stories().get(1).headline()).isEqualTo("Dunmore sign Vento");
    }

    @Test
    void a_syndicated_copy_is_detected_and_cited_as_a_duplicate() {
        String copyText = "By Wire Staff\n\n" + FLOOD_1.substring(0, FLOOD_1.lastIndexOf("\n\n"));
        AnalyzedArticle copy = TestArticle.of("a5")
                .title("Marlow flood: 300 homes lost")
                .published("2024-03-07")
                .text(copyText)
                .entity("Marlow", EntityType.LOCATION)
                .build();

        Brief brief = new BriefComposer(5).compose(List.of(copy, flood2(), flood1()), List.of());

        StoryBrief flood = brief.stories().get(0);
        assertThat(flood.story().duplicateOf()).containsExactly(Map.entry("a5", "a1"));
        assertThat(flood.sources())
                .extracting(SourceArticle::duplicateOf)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of("a1"));
        assertThat(flood.summary().get(0).evidence())
                .extracting(Evidence::articleId)
                .containsExactly("a1", "a2", "a5");
    }

    @Test
    void a_copy_is_listed_with_its_original_and_cited_but_its_quotes_are_not_repeated() {
        AnalyzedArticle copy = TestArticle.of("a5")
                .title("Marlow flood: 300 homes lost")
                .published("2024-03-07")
                .text(FLOOD_1)
                .entity("Marlow", EntityType.LOCATION)
                .entity("Karel Novak", EntityType.PERSON)
                .quote("We have never seen the river rise so fast,", "Karel Novak")
                .build();

        Brief brief = composer(Map.of("a5", "a1"), List.of(List.of("a1", "a2", "a5")))
                .compose(List.of(copy, flood2(), flood1()), List.of());

        StoryBrief flood = brief.stories().get(0);
        assertThat(flood.sources())
                .extracting(s -> s.article().id(), SourceArticle::duplicateOf)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a1", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("a2", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("a5", Optional.of("a1")));
        assertThat(flood.story().duplicateOf()).containsExactly(Map.entry("a5", "a1"));
        assertThat(flood.summary().get(0).evidence())
                .extracting(Evidence::articleId)
                .containsExactly("a1", "a2", "a5");
        assertThat(flood.quotes()).hasSize(1);
        assertThat(flood.quotes().get(0).evidence().articleId()).isEqualTo("a1");
    }

    @Test
    void the_same_quote_in_two_outlets_is_listed_once_under_the_speakers_canonical_name() {
        Brief brief = composer(Map.of(), List.of(List.of("a1", "a3"))).compose(List.of(flood3(), flood1()), List.of());

        List<AttributedQuote> quotes = brief.stories().get(0).quotes();
        int start = FLOOD_1.indexOf("We have never");
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isEqualTo("Karel Novak");
        assertThat(quotes.get(0).text()).isEqualTo("We have never seen the river rise so fast,");
        assertThat(quotes.get(0).direct()).isTrue();
        assertThat(quotes.get(0).evidence())
                .isEqualTo(new Evidence(
                        "a1",
                        new org.storyline.model.Span(start, FLOOD_1.indexOf("Karel Novak") + "Karel Novak".length())));
    }

    @Test
    void the_headline_is_the_title_of_the_most_central_article_and_falls_back_to_the_summary() {
        Brief titled = composer(Map.of(), List.of(List.of("a1", "a2", "a3")))
                .compose(List.of(flood1(), flood2(), flood3()), List.of());
        AnalyzedArticle untitled = TestArticle.of("b1")
                .text("Workers repaired the old lighthouse on the northern"
                        + " cape after a winter storm damaged its lamp, its roof and the long stone stairway.")
                .build();
        Brief fallback = composer(Map.of(), List.of(List.of("b1"))).compose(List.of(untitled), List.of());

        assertThat(titled.stories().get(0).headline()).isEqualTo("Floods destroy 300 homes in Marlow");
        assertThat(fallback.stories().get(0).headline())
                .isEqualTo(
                        "Workers repaired the old lighthouse on the northern cape after a winter storm damaged its…");
    }

    @Test
    void the_story_names_its_key_entities_and_keeps_its_dates() {
        Brief brief = composer(Map.of(), List.of(List.of("a1", "a2", "a3")))
                .compose(List.of(flood1(), flood2(), flood3()), List.of());

        Story story = brief.stories().get(0).story();
        assertThat(story.keyEntities()).containsExactly("Marlow", "Karel Novak");
        assertThat(story.firstSeen()).contains(LocalDate.of(2024, 3, 5));
        assertThat(story.lastSeen()).contains(LocalDate.of(2024, 3, 6));
        assertThat(brief.stories().get(0).timeline())
                .extracting(t -> t.date())
                .containsExactly(LocalDate.of(2024, 3, 5));
    }

    @Test
    void diagnostics_of_the_input_and_of_every_article_are_merged_and_sorted() {
        AnalyzedArticle withWarning = TestArticle.of("a9")
                .text("A short note about nothing in particular here.")
                .diagnostic(Diagnostic.warning("DATE_MISSING", "no publication date found; pass --manifest", "a9"))
                .build();
        Diagnostic skipped = Diagnostic.error("EXTRACT_NO_BODY", "no article body; check the URL", "b.html");
        Diagnostic earlier = Diagnostic.error("EXTRACT_BINARY", "binary file; remove it", "a.pdf");

        Brief brief = new BriefComposer(5).compose(List.of(withWarning, withWarning), List.of(skipped, earlier));

        assertThat(brief.diagnostics())
                .extracting(Diagnostic::location, Diagnostic::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a.pdf", "EXTRACT_BINARY"),
                        org.assertj.core.groups.Tuple.tuple("a9", "BRIEF_DUPLICATE_ARTICLE_ID"),
                        org.assertj.core.groups.Tuple.tuple("a9", "DATE_MISSING"),
                        org.assertj.core.groups.Tuple.tuple("a9", "DATE_MISSING"),
                        org.assertj.core.groups.Tuple.tuple("b.html", "EXTRACT_NO_BODY"));
        assertThat(brief.stories()).hasSize(1);
        assertThat(brief.stories().get(0).sources()).hasSize(1);
    }

    @Test
    void an_empty_batch_gives_no_stories() {
        Diagnostic d = Diagnostic.error("EXTRACT_NO_BODY", "no article body; check the URL", "b.html");
        assertThat(new BriefComposer(5).compose(List.of(), List.of(d))).isEqualTo(new Brief(List.of(), List.of(d)));
    }

    @Test
    void rejects_a_non_positive_summary_length() {
        assertThatThrownBy(() -> new BriefComposer(0)).hasMessageContaining("found 0");
    }

    @Test
    void the_same_batch_in_any_order_gives_the_same_brief() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<AnalyzedArticle> batch = new ArrayList<>(List.of(flood1(), flood2(), flood3(), football()));
        BriefComposer composer = new BriefComposer(5);
        Brief expected = composer.compose(batch, List.of());
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(batch, random);
            assertThat(composer.compose(batch, List.of()))
                    .as("seed " + seed + " round " + round)
                    .isEqualTo(expected);
        }
    }
}
