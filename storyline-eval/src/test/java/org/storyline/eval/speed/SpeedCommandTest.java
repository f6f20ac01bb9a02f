package org.storyline.eval.speed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.EvalMain;
import org.storyline.model.Article;

class SpeedCommandTest {

    @Test
    void a_spread_sample_takes_evenly_spaced_articles() {
        List<CorpusArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            corpus.add(new CorpusArticle(new Article("a" + i, "", "", "", List.of(), Optional.empty(), "en", "x"), 1));
        }
        assertThat(SpeedCommand.spreadSample(corpus, 4))
                .extracting(c -> c.article().id())
                .containsExactly("a0", "a2", "a5", "a7");
        assertThat(SpeedCommand.spreadSample(corpus, 0)).hasSize(10);
        assertThat(SpeedCommand.spreadSample(corpus, 20)).hasSize(10);
    }

    @Test
    void reports_storyline_throughput_brief_heap_and_grouping_growth(@TempDir Path root) throws IOException {
        write(
                root,
                "HarborFire_gazette/docs/2021-05-03/1.htm.txt",
                "A fire broke out at the harbor on Monday , officials said .\nMore than 40 boats burned .\n");
        write(
                root,
                "HarborFire_gazette/docs/2021-05-04/2.htm.txt",
                "`` It spread fast , '' said fire chief Ana Kovac .\nThe harbor reopened on Tuesday .\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = EvalMain.run(
                new String[] {
                    "speed",
                    "--data",
                    root.toString(),
                    "--topics",
                    "HarborFire",
                    "--brief-folder",
                    "HarborFire_gazette",
                    "--systems",
                    "storyline",
                    "--grouping-sizes",
                    "20,200",
                    "--grouping-repeats",
                    "1",
                    "--json"
                },
                new PrintWriter(out),
                new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        JsonNode storyline =
                new ObjectMapper().readTree(out.toString()).path("systems").path("storyline");
        List<String> metrics = new ArrayList<>();
        storyline.fieldNames().forEachRemaining(metrics::add);
        assertThat(metrics)
                .containsExactly(
                        "articles_per_s",
                        "tokens_per_s",
                        "articles",
                        "brief_seconds",
                        "compose_seconds",
                        "peak_heap_mb",
                        "grouping_seconds_20",
                        "grouping_seconds_200",
                        "grouping_factor_per_10x");
        assertThat(storyline.path("peak_heap_mb").asDouble()).isPositive();
        assertThat(storyline.path("articles").asDouble()).isEqualTo(2.0);
    }

    @Test
    void shrinking_grouping_sizes_are_bad_usage(@TempDir Path root) throws IOException {
        write(root, "HarborFire_gazette/docs/2021-05-03/1.htm.txt", "A fire broke out .\n");
        StringWriter err = new StringWriter();
        int code = EvalMain.run(
                new String[] {"speed", "--data", root.toString(), "--topics", "HarborFire", "--grouping-sizes", "200,20"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--grouping-sizes must be ascending positive sizes, found [200, 20]");
    }

    private static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
