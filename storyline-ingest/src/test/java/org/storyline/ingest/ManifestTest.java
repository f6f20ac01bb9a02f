package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("m.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void finds_entries_by_file_name_and_by_url_ignoring_unknown_keys() throws IOException {
        Manifest manifest = Manifest.load(write("{\"about\": \"x\", \"articles\": ["
                + "{\"file\": \"a.txt\", \"published\": \"2026-01-02\", \"outlet\": null, \"note\": \"n\"},"
                + "{\"file\": \"b.html\", \"outlet\": \"Valley Courier\", \"url\": \"https://vc.example/b\"},"
                + "{\"url\": \"https://vc.example/c/\", \"published\": null, \"outlet\": \"VC\"}]}"));

        assertThat(manifest.forLocation("inputs/a.txt"))
                .contains(new ManifestEntry(Optional.of(LocalDate.of(2026, 1, 2)), "", ""));
        assertThat(manifest.forLocation("/abs/b.html"))
                .contains(new ManifestEntry(Optional.empty(), "Valley Courier", "https://vc.example/b"));
        assertThat(manifest.forLocation("https://vc.example/c"))
                .contains(new ManifestEntry(Optional.empty(), "VC", "https://vc.example/c/"));
        assertThat(manifest.forLocation("https://vc.example/b"))
                .contains(new ManifestEntry(Optional.empty(), "Valley Courier", "https://vc.example/b"));
        assertThat(manifest.forLocation("ba.txt")).isEmpty();
        assertThat(manifest.forLocation("https://other.example/a.txt")).isEmpty();
    }

    @Test
    void the_longest_matching_file_path_wins() throws IOException {
        Manifest manifest = Manifest.load(write("{\"articles\": [{\"file\": \"a.txt\", \"outlet\": \"short\"},"
                + "{\"file\": \"day2/a.txt\", \"outlet\": \"long\"}]}"));

        assertThat(manifest.forLocation("in/day2/a.txt").map(ManifestEntry::outlet))
                .contains("long");
        assertThat(manifest.forLocation("in/day1/a.txt").map(ManifestEntry::outlet))
                .contains("short");
    }

    @Test
    void the_empty_manifest_knows_nothing() {
        assertThat(Manifest.empty().forLocation("a.txt")).isEmpty();
    }

    @Test
    void bad_files_throw_with_the_file_and_the_problem() throws IOException {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> Manifest.load(missing))
                .isInstanceOf(ManifestException.class)
                .hasMessage("manifest " + missing + " does not exist");

        Path broken = write("{\"articles\": [");
        assertThatThrownBy(() -> Manifest.load(broken))
                .isInstanceOf(ManifestException.class)
                .hasMessageStartingWith("manifest " + broken + " is not valid JSON: ");

        assertThatThrownBy(() -> Manifest.load(write("[]")))
                .hasMessage("manifest " + dir.resolve("m.json") + ": expected an object with an \"articles\" array");
        assertThatThrownBy(() ->
                        Manifest.load(write("{\"articles\": [{\"file\": \"a\", \"published\": \"18/08/2016\"}]}")))
                .hasMessage("manifest " + dir.resolve("m.json")
                        + ": articles[0] has \"published\": \"18/08/2016\"; expected YYYY-MM-DD");
        assertThatThrownBy(() -> Manifest.load(write("{\"articles\": [{\"outlet\": \"x\"}]}")))
                .hasMessage("manifest " + dir.resolve("m.json") + ": articles[0] needs a \"file\" or a \"url\"");
        assertThatThrownBy(() -> Manifest.load(write("{\"articles\": [{\"file\": 3}]}")))
                .hasMessage("manifest " + dir.resolve("m.json") + ": articles[0] has a non-text \"file\": 3");
    }
}
