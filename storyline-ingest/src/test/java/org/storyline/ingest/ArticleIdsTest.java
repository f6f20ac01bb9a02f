package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void files_get_their_sanitised_base_name() {
        assertThat(ArticleIds.base("in/000_DF99c.txt")).isEqualTo("000_df99c");
        assertThat(ArticleIds.base("C:\\news\\Kerry urges grace!.html")).isEqualTo("kerry-urges-grace");
        assertThat(ArticleIds.base("in/.txt")).isEqualTo("txt");
        assertThat(ArticleIds.base("in/???")).isEqualTo("article");
    }

    @Test
    void urls_get_host_without_www_and_a_stable_short_hash() {
        String id = ArticleIds.base("https://www.Example.org/news/1");

        assertThat(id).matches("example-org-[0-9a-f]{8}");
        assertThat(ArticleIds.base("https://www.Example.org/news/1")).isEqualTo(id);
        assertThat(ArticleIds.base("https://www.Example.org/news/2")).isNotEqualTo(id);
    }

    @Test
    void clashes_and_second_stories_get_numbered_suffixes_in_order() {
        ArticleIds ids = new ArticleIds();

        assertThat(ids.next("a/story.txt", 1)).isEqualTo("story");
        assertThat(ids.next("a/story.txt", 2)).isEqualTo("story-2");
        assertThat(ids.next("b/story.html", 1)).isEqualTo("story-3");
        assertThat(ids.next("b/story.html", 2)).isEqualTo("story-2-2");
    }
}
