package org.storyline.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.Evidence;
import org.storyline.model.Span;
import org.storyline.model.SummarySentence;

class SummarizerTest {

    private static final String FLOOD_A = "Floodwaters destroyed 300 homes in the river town of Marlow on Tuesday,"
            + " the regional governor said.\n\nRescue teams evacuated 1,200 residents from low-lying streets"
            + " overnight.\n\nThe local football club postponed its weekend match against Dunmore.";
    private static final String FLOOD_B = "The regional governor said 300 homes in Marlow were destroyed when the"
            + " river burst its banks on Tuesday.\n\nSchools across the district stayed closed while engineers"
            + " inspected two damaged bridges.";

    private static AnalyzedArticle floodA() {
        return TestArticle.of("a1")
                .outlet("Riverside Post")
                .published("2024-03-05")
                .text(FLOOD_A)
                .build();
    }

    private static AnalyzedArticle floodB() {
        return TestArticle.of("a2")
                .outlet("Valley Herald")
                .published("2024-03-06")
                .text(FLOOD_B)
                .build();
    }

    private static Evidence sentenceOf(String id, String text, String sentence) {
        int at = text.indexOf(sentence);
        assertThat(at).as("test sentence in text").isNotNegative();
        return new Evidence(id, new Span(at, at + sentence.length()));
    }

    @Test
    void two_outlets_reporting_the_same_event_in_different_words_give_one_sentence_citing_both() {
        List<SummarySentence> summary = new Summarizer(3).summarize(List.of(floodA(), floodB()), new TreeMap<>());

        String lead =
                "Floodwaters destroyed 300 homes in the river town of Marlow on Tuesday, the regional governor said.";
        String other =
                "The regional governor said 300 homes in Marlow were destroyed when the river burst its banks on Tuesday.";
        assertThat(summary).hasSize(3);
        assertThat(summary.get(0).text()).isEqualTo(lead);
        assertThat(summary.get(0).evidence())
                .containsExactly(sentenceOf("a1", FLOOD_A, lead), sentenceOf("a2", FLOOD_B, other));
        assertThat(summary).extracting(SummarySentence::text).doesNotContain(other);
        assertThat(summary.subList(1, 3))
                .allSatisfy(s -> assertThat(s.evidence()).hasSize(1));
    }

    @Test
    void a_near_duplicate_copy_is_cited_but_not_counted_as_a_second_report() {
        String original = "Officials in Korvik opened a new desalination plant serving 40,000 households.\n\n"
                + "The plant cost 90 million euros and took four years to build.";
        String copy = "Officials in Korvik opened a new desalination plant serving 40,000 households.\n\n"
                + "The plant cost 90 million euros and took four years to build, the agency reported.";
        String independent = "A drought forced Korvik to cut water supplies to farms for the summer.\n\n"
                + "Korvik's new plant cost 90 million euros and took four years to build.";
        AnalyzedArticle a1 =
                TestArticle.of("a1").published("2024-05-01").text(original).build();
        AnalyzedArticle a2 =
                TestArticle.of("a2").published("2024-05-02").text(copy).build();
        AnalyzedArticle a3 =
                TestArticle.of("a3").published("2024-05-02").text(independent).build();
        SortedMap<String, String> duplicates = new TreeMap<>(java.util.Map.of("a2", "a1"));

        List<SummarySentence> summary = new Summarizer(3).summarize(List.of(a3, a2, a1), duplicates);

        String cost = "The plant cost 90 million euros and took four years to build.";
        String opened = "Officials in Korvik opened a new desalination plant serving 40,000 households.";
        // The cost is reported by two independent outlets; the opening only by one outlet and its copy.
        assertThat(summary).extracting(SummarySentence::text).first().isEqualTo(cost);
        assertThat(summary.get(0).evidence())
                .containsExactly(
                        sentenceOf("a1", original, cost),
                        sentenceOf(
                                "a2",
                                copy,
                                "The plant cost 90 million euros and took four years to build, the agency reported."),
                        sentenceOf(
                                "a3",
                                independent,
                                "Korvik's new plant cost 90 million euros and took four years to build."));
        SummarySentence openedSentence = summary.stream()
                .filter(s -> s.text().equals(opened))
                .findFirst()
                .orElseThrow();
        assertThat(openedSentence.evidence())
                .containsExactly(sentenceOf("a1", original, opened), sentenceOf("a2", copy, opened));
        assertThat(summary)
                .allSatisfy(s -> assertThat(s.evidence().get(0).articleId()).isNotEqualTo("a2"));
    }

    @Test
    void headlines_questions_and_very_short_lines_are_never_picked() {
        String text = "Storm Hits Coast\n\nWhat happens next?\n\nPower cut.\n\n"
                + "A storm flattened sea walls along the northern coast and cut power to 8,000 homes.";
        AnalyzedArticle a = TestArticle.of("a1").text(text).build();

        List<SummarySentence> summary = new Summarizer(5).summarize(List.of(a), new TreeMap<>());

        assertThat(summary)
                .extracting(SummarySentence::text)
                .containsExactly("A storm flattened sea walls along the northern coast and cut power to 8,000 homes.");
    }

    @Test
    void a_sentence_starting_with_a_dangling_pronoun_ranks_below_a_self_contained_one() {
        String text = "He added that the new bridge across the estuary would carry 20,000 vehicles every day.\n\n"
                + "Engineers finished the new bridge across the estuary after six years of construction work.";
        AnalyzedArticle a = TestArticle.of("a1").text(text).build();

        List<SummarySentence> summary = new Summarizer(1).summarize(List.of(a), new TreeMap<>());

        assertThat(summary)
                .extracting(SummarySentence::text)
                .containsExactly(
                        "Engineers finished the new bridge across the estuary after six years of construction work.");
    }

    @Test
    void no_articles_give_an_empty_summary() {
        assertThat(new Summarizer(5).summarize(List.of(), new TreeMap<>())).isEmpty();
    }

    @Test
    void rejects_a_non_positive_length() {
        assertThatThrownBy(() -> new Summarizer(0)).hasMessageContaining("found 0");
    }

    @Test
    void random_batches_give_bounded_cited_deterministic_summaries() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String[] words = {
            "army",
            "city",
            "river",
            "bridge",
            "council",
            "storm",
            "vote",
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
            "ceasefire",
            "border"
        };
        for (int round = 0; round < 30; round++) {
            List<AnalyzedArticle> articles = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                int sentences = 1 + random.nextInt(6);
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        text.append(random.nextBoolean() ? " " : "\n\n");
                    }
                    text.append("The");
                    int len = 3 + random.nextInt(12);
                    for (int w = 0; w < len; w++) {
                        text.append(' ').append(words[random.nextInt(words.length)]);
                    }
                    text.append(random.nextInt(5) == 0 ? "?" : ".");
                }
                TestArticle b = TestArticle.of("a" + i).text(text.toString());
                if (random.nextBoolean()) {
                    b.published("2024-01-0" + (1 + random.nextInt(9)));
                }
                articles.add(b.build());
            }
            SortedMap<String, String> duplicates = new TreeMap<>();
            if (n > 1 && random.nextBoolean()) {
                duplicates.put("a1", "a0");
            }
            int max = 1 + random.nextInt(6);
            Summarizer summarizer = new Summarizer(max);
            List<SummarySentence> summary = summarizer.summarize(articles, duplicates);
            List<AnalyzedArticle> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, random);

            String where = "seed " + seed + " round " + round;
            assertThat(summary).as(where).hasSizeLessThanOrEqualTo(max);
            assertThat(summarizer.summarize(shuffled, duplicates)).as(where).isEqualTo(summary);
            assertThat(summary.stream().map(SummarySentence::text).distinct().count())
                    .as(where)
                    .isEqualTo(summary.size());
            for (SummarySentence s : summary) {
                assertThat(s.evidence()).as(where).isSorted();
                assertThat(s.evidence()).as(where).anySatisfy(e -> assertThat(text(articles, e))
                        .isEqualTo(s.text()));
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
