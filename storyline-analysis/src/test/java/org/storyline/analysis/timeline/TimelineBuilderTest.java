package org.storyline.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.analysis.summary.TestArticle;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Evidence;
import org.storyline.model.Granularity;
import org.storyline.model.Span;
import org.storyline.model.TimelineEntry;

class TimelineBuilderTest {

    private static final String DAM_A = "The dam at Velsa failed on 3 June, flooding 40 villages downstream.\n\n"
            + "Army engineers sealed the breach in the Velsa dam on 9 June after six days of work.\n\n"
            + "The regional parliament approved an emergency fund for the flooded villages on 11 June.";
    private static final String DAM_B = "Velsa Dam Repairs Finished 9 June\n\n"
            + "Engineers closed the breach in the Velsa dam on Sunday, ending six days of work.";

    private static AnalyzedArticle damA() {
        return TestArticle.of("a1")
                .published("2024-06-12")
                .text(DAM_A)
                .date("3 June", "2024-06-03")
                .date("9 June", "2024-06-09")
                .date("11 June", "2024-06-11")
                .entity("Velsa", org.storyline.model.EntityType.LOCATION)
                .build();
    }

    private static AnalyzedArticle damB() {
        return TestArticle.of("a2")
                .published("2024-06-13")
                .text(DAM_B)
                .date("9 June", "2024-06-09")
                .date("Sunday", "2024-06-09")
                .build();
    }

    private static Evidence sentence(String id, String text, String sentence) {
        int at = text.indexOf(sentence);
        assertThat(at).as("test sentence in text").isNotNegative();
        return new Evidence(id, new Span(at, at + sentence.length()));
    }

    @Test
    void three_dated_events_come_oldest_first_on_the_dates_mentioned() {
        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(damB(), damA()), new TreeMap<>());

        String failed = "The dam at Velsa failed on 3 June, flooding 40 villages downstream.";
        String sealed = "Army engineers sealed the breach in the Velsa dam on 9 June after six days of work.";
        String closed = "Engineers closed the breach in the Velsa dam on Sunday, ending six days of work.";
        String fund = "The regional parliament approved an emergency fund for the flooded villages on 11 June.";
        assertThat(timeline)
                .containsExactly(
                        new TimelineEntry(
                                LocalDate.of(2024, 6, 3),
                                Granularity.DAY,
                                failed,
                                List.of(sentence("a1", DAM_A, failed))),
                        new TimelineEntry(
                                LocalDate.of(2024, 6, 9),
                                Granularity.DAY,
                                sealed,
                                List.of(sentence("a1", DAM_A, sealed), sentence("a2", DAM_B, closed))),
                        new TimelineEntry(
                                LocalDate.of(2024, 6, 11),
                                Granularity.DAY,
                                fund,
                                List.of(sentence("a1", DAM_A, fund))));
    }

    @Test
    void durations_vague_references_plans_and_headline_fragments_are_not_events() {
        String text = "Talks Resume 4 March\n\n"
                + "Negotiators have met for three days without a deal on the border line.\n\n"
                + "Both delegations said the atmosphere had improved in the past.\n\n"
                + "The two ministers will sign the treaty on 20 March in Geneva.\n\n"
                + "The first round of talks collapsed on 1 March after a walkout.";
        AnalyzedArticle a = TestArticle.of("a1")
                .published("2024-03-04")
                .text(text)
                .date("4 March", "2024-03-04")
                .date("three days", "P3D")
                .date("the past", "PAST_REF")
                .date("20 March", "2024-03-20")
                .date("1 March", "2024-03-01")
                .build();

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(a), new TreeMap<>());

        assertThat(timeline)
                .extracting(TimelineEntry::date, TimelineEntry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        LocalDate.of(2024, 3, 1), "The first round of talks collapsed on 1 March after a walkout."));
    }

    @Test
    void a_month_is_dated_to_its_first_day_and_dropped_when_the_sentence_also_names_a_day_in_it() {
        String text = "The harvest failed across the valley in September 2023, farmers said.\n\n"
                + "In October 2023 the cooperative sold its last grain reserves on 14 October.";
        AnalyzedArticle a = TestArticle.of("a1")
                .published("2024-01-10")
                .text(text)
                .date("September 2023", "2023-09")
                .date("October 2023", "2023-10")
                .date("14 October", "2023-10-14")
                .build();

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(a), new TreeMap<>());

        assertThat(timeline)
                .extracting(TimelineEntry::date, TimelineEntry::granularity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 9, 1), Granularity.MONTH),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 10, 14), Granularity.DAY));
    }

    @Test
    void a_recent_figure_without_a_date_goes_on_the_publication_day_only_when_that_is_known() {
        String text = "The number of people who fled the town has passed 12,000 within the last three days.";
        AnalyzedArticle dated = TestArticle.of("a1")
                .published("2024-02-20")
                .text(text)
                .figure("12,000", 12000, "person", "flee", "within the last three days")
                .date("three days", "P3D")
                .build();
        AnalyzedArticle undated = TestArticle.of("a2")
                .text(text)
                .figure("12,000", 12000, "person", "flee", "within the last three days")
                .build();

        assertThat(new TimelineBuilder().build(List.of(dated), new TreeMap<>()))
                .containsExactly(new TimelineEntry(
                        LocalDate.of(2024, 2, 20),
                        Granularity.DAY,
                        text,
                        List.of(new Evidence("a1", new Span(0, text.length())))));
        assertThat(new TimelineBuilder().build(List.of(undated), new TreeMap<>()))
                .isEmpty();
    }

    @Test
    void a_duplicate_copy_is_evidence_but_not_a_second_report() {
        AnalyzedArticle copy = TestArticle.of("a3")
                .published("2024-06-12")
                .text(DAM_A)
                .date("3 June", "2024-06-03")
                .date("9 June", "2024-06-09")
                .date("11 June", "2024-06-11")
                .build();

        List<TimelineEntry> timeline =
                new TimelineBuilder().build(List.of(copy, damA()), new TreeMap<>(Map.of("a3", "a1")));

        assertThat(timeline).hasSize(3);
        assertThat(timeline).allSatisfy(e -> {
            assertThat(e.evidence()).extracting(Evidence::articleId).containsExactly("a1", "a3");
        });
    }

    @Test
    void the_budget_keeps_the_most_mentioned_dates_and_the_best_events_per_date() {
        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(damA(), damB()), new TreeMap<>(), 1, 1);

        assertThat(timeline)
                .extracting(TimelineEntry::date, TimelineEntry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        LocalDate.of(2024, 6, 9),
                        "Army engineers sealed the breach in the Velsa dam on 9 June after six days of work."));
        assertThat(new TimelineBuilder().build(List.of(damA(), damB()), new TreeMap<>(), 0, 3))
                .isEmpty();
        assertThat(new TimelineBuilder().build(List.of(damA(), damB()), new TreeMap<>(), 10, 3))
                .hasSize(3);
    }

    @Test
    void a_sentence_naming_two_days_is_an_event_on_each_but_shown_once_within_a_budget() {
        String text = "Rebels took the port on 3 May and the airport on 5 May after heavy fighting.";
        AnalyzedArticle a = TestArticle.of("a1")
                .published("2024-05-06")
                .text(text)
                .date("3 May", "2024-05-03")
                .date("5 May", "2024-05-05")
                .build();

        assertThat(new TimelineBuilder().build(List.of(a), new TreeMap<>()))
                .extracting(TimelineEntry::date)
                .containsExactly(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 5));
        // 5 May ranks first: the article came out the day after it.
        assertThat(new TimelineBuilder().build(List.of(a), new TreeMap<>(), 2, 1))
                .extracting(TimelineEntry::date)
                .containsExactly(LocalDate.of(2024, 5, 5));
    }

    @Test
    void rejects_a_negative_budget() {
        assertThatThrownBy(() -> new TimelineBuilder().build(List.of(), new TreeMap<>(), -1, 1))
                .hasMessageContaining("maxDates -1");
    }

    @Test
    void random_stories_give_ordered_cited_budgeted_deterministic_timelines() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] words = {
            "army",
            "city",
            "river",
            "bridge",
            "council",
            "storm",
            "rebels",
            "aid",
            "port",
            "minister",
            "police",
            "fire",
            "market",
            "school",
            "troops",
            "convoy",
            "talks",
            "border"
        };
        String[] verbs = {"attacked", "closed", "opened", "crossed", "reached", "blocked"};
        for (int round = 0; round < 30; round++) {
            List<AnalyzedArticle> articles = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                List<String[]> dates = new ArrayList<>();
                int sentences = 1 + random.nextInt(6);
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        text.append("\n\n");
                    }
                    text.append("The ")
                            .append(words[random.nextInt(words.length)])
                            .append(' ')
                            .append(verbs[random.nextInt(verbs.length)]);
                    for (int w = 0; w < 3 + random.nextInt(5); w++) {
                        text.append(' ').append(words[random.nextInt(words.length)]);
                    }
                    if (random.nextBoolean()) {
                        int day = 10 + random.nextInt(9);
                        String phrase = "on day" + s + "x" + day;
                        text.append(' ').append(phrase);
                        dates.add(new String[] {phrase, "2024-01-" + day});
                    }
                    text.append('.');
                }
                TestArticle b = TestArticle.of("a" + i).text(text.toString());
                if (random.nextBoolean()) {
                    b.published("2024-01-2" + random.nextInt(9));
                }
                dates.forEach(d -> b.date(d[0], d[1]));
                articles.add(b.build());
            }
            SortedMap<String, String> duplicates = new TreeMap<>();
            if (n > 1 && random.nextBoolean()) {
                duplicates.put("a1", "a0");
            }
            int maxDates = random.nextInt(5);
            int perDate = random.nextInt(3);
            TimelineBuilder builder = new TimelineBuilder();
            List<TimelineEntry> full = builder.build(articles, duplicates);
            List<TimelineEntry> budgeted = builder.build(articles, duplicates, maxDates, perDate);
            List<AnalyzedArticle> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);

            String where = "seed " + seed + " round " + round;
            assertThat(builder.build(shuffled, duplicates)).as(where).isEqualTo(full);
            assertThat(full).as(where).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::date));
            assertThat(budgeted).as(where).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::date));
            assertThat(full).as(where).containsAll(budgeted);
            assertThat(budgeted.stream().map(TimelineEntry::date).distinct().count())
                    .as(where)
                    .isLessThanOrEqualTo(maxDates);
            assertThat(budgeted.stream()
                            .collect(java.util.stream.Collectors.groupingBy(TimelineEntry::date))
                            .values())
                    .as(where)
                    .allSatisfy(perDay -> assertThat(perDay).hasSizeLessThanOrEqualTo(perDate));
            for (TimelineEntry e : full) {
                assertThat(e.evidence()).as(where).isNotEmpty().isSorted();
                assertThat(e.evidence()).as(where).anySatisfy(ev -> assertThat(text(articles, ev))
                        .isEqualTo(e.text()));
            }
        }
    }

    private static String text(List<AnalyzedArticle> articles, Evidence e) {
        return articles.stream()
                .filter(a -> a.article().id().equals(e.articleId()))
                .findFirst()
                .orElseThrow()
                .article()
                .text(e.span());
    }
}
