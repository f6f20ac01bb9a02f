package org.storyline.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnalyzedArticle;

class StoryTextTest {

    private static AnalyzedArticle article(String id, String published, String text) {
        TestArticle b = TestArticle.of(id).text(text);
        if (!published.isEmpty()) {
            b.published(published);
        }
        return b.build();
    }

    @Test
    void orders_articles_by_publication_then_id_with_unknown_dates_last() {
        StoryText text = StoryText.of(
                List.of(
                        article("c", "", "One line here."), article("b", "2024-01-02", "Two."),
                        article("a", "2024-01-02", "Three."), article("d", "2024-01-01", "Four.")),
                new TreeMap<>());

        assertThat(text.articles()).extracting(a -> a.article().id()).containsExactly("d", "a", "b", "c");
        assertThat(text.units()).extracting(SentenceUnit::index).containsExactly(0, 1, 2, 3);
    }

    @Test
    void a_copy_counts_as_its_original_and_a_copy_of_an_absent_article_counts_as_itself() {
        StoryText text = StoryText.of(
                List.of(
                        article("a1", "2024-01-01", "Ships docked."),
                        article("a2", "2024-01-02", "Ships docked."),
                        article("a3", "2024-01-02", "Ferries sailed.")),
                new TreeMap<>(Map.of("a2", "a1", "a3", "zz")));

        assertThat(text.articleCount()).isEqualTo(2);
        assertThat(text.countsAs("a2")).isEqualTo("a1");
        assertThat(text.isDuplicate("a2")).isTrue();
        assertThat(text.isDuplicate("a3")).isFalse();
        assertThat(text.unitsOf("a2")).singleElement().satisfies(u -> assertThat(u.duplicate())
                .isTrue());
    }

    @Test
    void finds_every_other_sentence_reporting_the_same_thing() {
        StoryText text = StoryText.of(
                List.of(
                        article(
                                "a1",
                                "2024-01-01",
                                "Storm flooded the harbour district overnight. Ferries sailed late."),
                        article("a2", "2024-01-02", "The harbour district flooded overnight in the storm.")),
                new TreeMap<>());

        SentenceUnit first = text.units().get(0);
        assertThat(text.sameReports(first, SentenceMatch.SAME_REPORT))
                .extracting(SentenceUnit::text)
                .containsExactly("The harbour district flooded overnight in the storm.");
        assertThat(text.centrality(first))
                .isGreaterThan(text.centrality(text.units().get(1)));
    }

    @Test
    void rejects_two_articles_with_one_id() {
        assertThatThrownBy(
                        () -> StoryText.of(List.of(article("a1", "", "X."), article("a1", "", "Y.")), new TreeMap<>()))
                .hasMessageContaining("'a1' twice");
    }
}
