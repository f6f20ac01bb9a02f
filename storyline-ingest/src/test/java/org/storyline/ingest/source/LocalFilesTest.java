package org.storyline.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.Diagnostic;

class LocalFilesTest {
    @TempDir
    Path dir;

    private final LocalFiles files = new LocalFiles(100);

    @Test
    void lists_files_recursively_by_path_without_hidden_ones_and_manifests() throws IOException {
        for (String name : List.of("b.txt", "a/z.html", "a/.secret.txt", ".git/config", "manifest.json", "c.xml")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }
        List<Diagnostic> problems = new ArrayList<>();

        assertThat(files.filesUnder(dir, problems))
                .containsExactly(dir.resolve("a/z.html"), dir.resolve("b.txt"), dir.resolve("c.xml"));
        assertThat(problems).isEmpty();
    }

    @Test
    void loads_a_file_as_a_page_without_declared_type() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");

        assertThat(files.load(file).page().orElseThrow().bytes()).isEqualTo("hello".getBytes());
        assertThat(files.load(file).page().orElseThrow().contentType()).isEmpty();
    }

    @Test
    void a_path_that_is_not_a_regular_file_is_unreadable() {
        assertThat(files.load(dir).problem())
                .contains(Diagnostic.error(
                        "INGEST_UNREADABLE",
                        "not a regular file (a device, pipe or socket?); pass a file or a folder",
                        dir.toString()));
    }

    @Test
    void a_file_over_the_limit_is_too_large() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "y".repeat(101));

        assertThat(files.load(file).problem())
                .contains(Diagnostic.error(
                        "INGEST_TOO_LARGE",
                        "the file has 101 bytes, more than the limit of 100; raise the limit or leave it out",
                        file.toString()));
    }
}
