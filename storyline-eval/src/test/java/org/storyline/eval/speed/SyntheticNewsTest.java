package org.storyline.eval.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.storyline.analysis.story.DuplicateDetector;
import org.storyline.model.AnalyzedArticle;
import org.storyline.model.EntityMention;
import org.storyline.model.Sentence;

class SyntheticNewsTest {

    @Test
    void the_same_seed_gives_the_same_articles_and_another_seed_others() {
        assertThat(new SyntheticNews(5).articles(30)).isEqualTo(new SyntheticNews(5).articles(30));
        assertThat(new SyntheticNews(5).articles(30).get(0).article().text())
                .isNotEqualTo(new SyntheticNews(6).articles(30).get(0).article().text());
    }

    @Test
    void numbers_the_articles_and_gives_every_one_a_title_and_a_date() {
        List<AnalyzedArticle> articles = new SyntheticNews(1).articles(12);
        assertThat(articles)
                .extracting(a -> a.article().id())
                .startsWith("g0000001", "g0000002")
                .hasSize(12);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.article().title()).isNotBlank();
            assertThat(a.article().published()).isPresent();
            assertThat(a.sentences()).hasSize(SyntheticNews.SENTENCES);
        });
    }

    @Test
    void some_articles_are_copies_the_duplicate_detector_finds() {
        List<AnalyzedArticle> articles = new SyntheticNews(3).articles(400);
        SortedMap<String, String> copies = new DuplicateDetector().findDuplicates(articles);
        // about one in ten is a copy; separately written articles of a story share too few 5-word runs
        assertThat(copies.size()).isBetween(20, 60);
    }

    @Test
    void sentence_and_entity_spans_cover_their_text_in_order_for_random_seeds() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 5; round++) {
            List<AnalyzedArticle> articles = new SyntheticNews(random.nextLong()).articles(1 + random.nextInt(60));
            for (AnalyzedArticle a : articles) {
                String text = a.article().text();
                int end = 0;
                for (Sentence s : a.sentences()) {
                    assertThat(s.start()).as("seed %d", seed).isGreaterThanOrEqualTo(end);
                    assertThat(text.charAt(s.end() - 1)).as("seed %d", seed).isEqualTo('.');
                    end = s.end();
                }
                assertThat(end).as("seed %d", seed).isEqualTo(text.length());
                for (EntityMention m : a.entities()) {
                    assertThat(a.article().text(m.span())).as("seed %d", seed).isEqualTo(m.text());
                }
            }
        }
    }

    @Test
    void no_articles_is_a_programmer_error() {
        assertThatThrownBy(() -> new SyntheticNews(1).articles(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected at least one article, found 0");
    }
}
