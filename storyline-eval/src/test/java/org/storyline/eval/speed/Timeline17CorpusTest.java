package org.storyline.eval.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.BadDataException;
import org.storyline.model.Article;
import org.storyline.model.DateSource;
import org.storyline.model.PublishedDate;

class Timeline17CorpusTest {
    private final Timeline17Corpus corpus = new Timeline17Corpus();

    @Test
    void reads_the_prefixed_topics_day_by_day_with_dates_outlets_and_tokens(@TempDir Path root) throws IOException {
        write(root, "FloodStory_herald/docs/2019-03-02/10.htm.txt", "Rivers rose `` fast '' .\nTwo towns flooded .\n");
        write(root, "FloodStory_herald/docs/2019-03-02/9.htm.txt", "Rain fell .\n");
        write(root, "FloodStory_herald/docs/2019-03-01/1.htm.txt", "");
        write(root, "FloodStory_wire/docs/2019-03-01/4.htm.txt", "The dam held -LRB- barely -RRB- .\n");
        write(root, "FloodStory_wire/docs/notes/5.htm.txt", "Not a day .\n");
        write(root, "Elections_wire/docs/2019-03-01/1.htm.txt", "Votes were counted .\n");

        List<CorpusArticle> articles = corpus.read(root, "FloodStory");

        assertThat(articles)
                .extracting(a -> a.article().id())
                .containsExactly(
                        "FloodStory_herald/2019-03-02/9",
                        "FloodStory_herald/2019-03-02/10",
                        "FloodStory_wire/2019-03-01/4");
        Article first = articles.get(1).article();
        assertThat(first.text()).isEqualTo("Rivers rose \"fast\".\n\nTwo towns flooded.");
        assertThat(first.outlet()).isEqualTo("herald");
        assertThat(first.published()).contains(new PublishedDate(LocalDate.of(2019, 3, 2), DateSource.SUPPLIED));
        assertThat(articles).extracting(CorpusArticle::tokens).containsExactly(3, 10, 7);
        assertThat(articles.get(2).article().text()).isEqualTo("The dam held (barely).");
    }

    @Test
    void a_root_without_matching_topics_is_bad_data_naming_the_layout(@TempDir Path root) throws IOException {
        write(root, "Elections_wire/docs/2019-03-01/1.htm.txt", "Votes were counted .\n");
        assertThatThrownBy(() -> corpus.read(root, "FloodStory"))
                .isInstanceOf(BadDataException.class)
                .hasMessageContaining("no folder named FloodStory*_<source>")
                .hasMessageContaining("<Topic>_<source>/docs/<YYYY-MM-DD>/<n>.htm.txt");
    }

    @Test
    void topics_with_only_empty_documents_are_bad_data(@TempDir Path root) throws IOException {
        write(root, "FloodStory_wire/docs/2019-03-01/1.htm.txt", "\n\n");
        assertThatThrownBy(() -> corpus.read(root, "FloodStory"))
                .isInstanceOf(BadDataException.class)
                .hasMessageContaining("no non-empty");
    }

    private static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
