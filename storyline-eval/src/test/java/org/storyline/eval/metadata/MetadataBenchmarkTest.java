package org.storyline.eval.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.eval.BadDataException;
import org.storyline.eval.SharedData;

class MetadataBenchmarkTest {
    @Test
    void repairs_the_known_typos_in_annotated_days() {
        assertThat(MetadataBenchmark.day(new TextNode("2022-11-1"))).contains(LocalDate.of(2022, 11, 1));
        assertThat(MetadataBenchmark.day(new TextNode("2022-01.26"))).contains(LocalDate.of(2022, 1, 26));
        assertThat(MetadataBenchmark.day(new TextNode("2022-29-11"))).contains(LocalDate.of(2022, 11, 29));
        assertThat(MetadataBenchmark.day(new TextNode(""))).isEmpty();
    }

    @Test
    void reads_annotations_and_treats_empty_values_as_not_annotated(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("evaldata.json"),
                "{"
                        + "\"https://b.example/x\": {\"file\": \"b.html\", \"title\": \"B\", \"author\": [\"P Q\", \"R S\"],"
                        + " \"date\": \"2020-02-03\"},"
                        + "\"https://a.example/y\": {\"file\": \"a.html\", \"title\": \"\", \"author\": null, \"date\": \"\"}}");
        Files.createDirectory(dir.resolve("html"));
        gzip(dir.resolve("html/a.html.gz"), "<p>a</p>");
        gzip(dir.resolve("html/b.html.gz"), "<p>b</p>");

        List<MetadataCase> cases = MetadataBenchmark.read(dir);

        assertThat(cases).extracting(MetadataCase::url).containsExactly("https://a.example/y", "https://b.example/x");
        assertThat(cases.get(0).title()).isEmpty();
        assertThat(cases.get(0).authors()).isEmpty();
        assertThat(cases.get(0).date()).isEmpty();
        assertThat(cases.get(1).title()).contains("B");
        assertThat(cases.get(1).authors()).containsExactly("P Q", "R S");
        assertThat(cases.get(1).date()).contains(LocalDate.of(2020, 2, 3));
    }

    @Test
    void names_the_expected_layout_when_a_page_is_missing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("evaldata.json"), "{\"u\": {\"file\": \"gone.html\"}}");
        Files.createDirectory(dir.resolve("html"));
        assertThatThrownBy(() -> MetadataBenchmark.read(dir))
                .isInstanceOf(BadDataException.class)
                .hasMessageContaining("gone.html.gz")
                .hasMessageContaining("evaldata.json ({url: {file, title, author, date}})");
    }

    @Test
    void the_shared_set_has_the_annotation_counts_its_readme_states() {
        Optional<Path> data = SharedData.path("trafilatura-eval");
        assumeTrue(data.isPresent(), "shared trafilatura-eval data not present");
        List<MetadataCase> cases = MetadataBenchmark.read(data.get());
        assertThat(cases).hasSize(990);
        assertThat(cases.stream().filter(c -> c.title().isPresent())).hasSize(845);
        assertThat(cases.stream().filter(c -> !c.authors().isEmpty())).hasSize(538);
        assertThat(cases.stream().filter(c -> c.date().isPresent())).hasSize(728);
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
