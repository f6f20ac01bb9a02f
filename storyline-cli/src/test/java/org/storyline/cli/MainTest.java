package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final LightPipeline pipeline = new LightPipeline();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), false, pipeline);
    }

    private String article(String name, String headline, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, headline + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    @Test
    void an_unknown_option_is_bad_usage_told_in_one_line() {
        assertThat(run("brief", "--colour", "x.txt")).isEqualTo(2);
        assertThat(errLines()).hasSize(1);
        assertThat(err.toString())
                .startsWith("storyline brief: Unknown option: '--colour'")
                .contains("see 'storyline brief --help'");
        assertThat(pipeline.briefCalls).isEmpty();
    }

    @Test
    void a_since_that_is_not_a_date_is_bad_usage_naming_the_format() {
        assertThat(run("brief", "--since", "12/03/2025", "x.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("'12/03/2025' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void an_unknown_output_extension_is_bad_usage() {
        assertThat(run("brief", "--out", dir.resolve("brief.pdf").toString(), "x.txt"))
                .isEqualTo(2);
        assertThat(err.toString())
                .endsWith(
                        "has an unknown extension; end the file name in .html, .md or .json" + System.lineSeparator());
    }

    @Test
    void an_invalid_or_missing_manifest_is_bad_usage() throws IOException {
        Path broken = dir.resolve("m.json");
        Files.writeString(broken, "{\"articles\": [", StandardCharsets.UTF_8);

        assertThat(run("brief", "--manifest", broken.toString(), "x.txt")).isEqualTo(2);
        assertThat(run("brief", "--manifest", dir.resolve("none.json").toString(), "x.txt"))
                .isEqualTo(2);
        assertThat(errLines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("storyline brief: manifest ")
                .endsWith("; fix the file or leave --manifest out"));
    }

    @Test
    void zero_threads_or_summary_sentences_is_bad_usage() {
        assertThat(run("brief", "--threads", "0", "x.txt")).isEqualTo(2);
        assertThat(run("brief", "--summary-sentences", "0", "x.txt")).isEqualTo(2);
        assertThat(run("brief")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(errLines()).hasSize(4);
    }

    @Test
    void fails_with_1_and_lists_each_skipped_input_when_every_input_is_bad() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        String missing = dir.resolve("missing.html").toString();

        int status = run("brief", missing, empty.toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(pipeline.briefCalls)
                .as("the engine is not needed when nothing can be briefed")
                .isEmpty();
        List<String> lines = errLines();
        int summary = lines.indexOf("0 articles briefed, 2 inputs skipped:");
        assertThat(summary).as(err.toString()).isNotNegative();
        assertThat(lines.subList(summary + 1, lines.size()))
                .hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith(missing + ": ").matches(".* \\[[A-Z_]+\\]"))
                .anySatisfy(l -> assertThat(l).startsWith(empty + ": ").matches(".* \\[[A-Z_]+\\]"));
    }

    @Test
    void briefs_good_inputs_to_stdout_and_reports_the_bad_one() throws IOException {
        String good = article(
                "good.txt",
                "Bridge closed for repairs",
                "The old bridge over the canal closed on Monday for repairs that will take a month.");
        String missing = dir.resolve("missing.txt").toString();

        int status = run("brief", good, missing);

        assertThat(status).isEqualTo(0);
        assertThat(out.toString())
                .startsWith("# Storyline brief\n\n## 1. Bridge closed for repairs\n")
                .contains("- The old bridge over the canal closed on Monday for repairs that will take a month. [1]");
        assertThat(errLines())
                .contains("1 article briefed in 1 story, 1 input skipped:")
                .anySatisfy(l -> assertThat(l).startsWith(missing + ": "));
    }

    @Test
    void writes_the_format_its_out_extension_names() throws IOException {
        String good = article("good.txt", "Bridge closed", "The bridge closed on Monday.");
        Path json = dir.resolve("brief.json");

        assertThat(run("brief", "--quiet", "--out", json.toString(), good)).isEqualTo(0);

        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).startsWith("{\n  \"stories\": [\n");
        assertThat(errLines()).containsExactly("wrote " + json, "1 article briefed in 1 story, 0 inputs skipped");
    }

    @Test
    void passes_threads_and_summary_sentences_to_the_engine() throws IOException {
        String good = article("good.txt", "Bridge closed", "The bridge closed on Monday.");

        assertThat(run("brief", "--quiet", "--threads", "3", "--summary-sentences", "4", good))
                .isEqualTo(0);

        assertThat(pipeline.configs).singleElement().satisfies(c -> {
            assertThat(c.threads()).isEqualTo(3);
            assertThat(c.summarySentences()).isEqualTo(4);
        });
    }

    @Test
    void since_leaves_out_older_articles_and_says_once_that_undated_ones_are_kept() throws IOException {
        String old = article("old.txt", "Old news", "The bridge was built long ago.");
        String recent = article("recent.txt", "New news", "The bridge closed on Monday.");
        String undated = article("undated.txt", "Undated news", "The canal was drained.");
        Path manifest = dir.resolve("facts.json");
        Files.writeString(
                manifest,
                "{\"articles\": [{\"file\": \"old.txt\", \"published\": \"2025-03-01\"},"
                        + " {\"file\": \"recent.txt\", \"published\": \"2025-03-12\"}]}",
                StandardCharsets.UTF_8);

        int status = run(
                "brief", "--quiet", "--since", "2025-03-10", "--manifest", manifest.toString(), old, recent, undated);

        assertThat(status).isEqualTo(0);
        assertThat(pipeline.briefCalls).singleElement().satisfies(articles -> assertThat(articles)
                .extracting(a -> a.title())
                .containsExactly("New news", "Undated news"));
        assertThat(errLines())
                .containsSubsequence(
                        "--since 2025-03-10: left out 1 article published before that day",
                        "--since 2025-03-10: kept 1 article with no known publication date");
    }

    @Test
    void shows_one_progress_line_per_stage_when_stderr_is_not_a_terminal() throws IOException {
        String good = article("good.txt", "Bridge closed", "The bridge closed on Monday.");

        assertThat(run("brief", good)).isEqualTo(0);

        assertThat(errLines().subList(0, 3))
                .satisfiesExactly(
                        l -> assertThat(l).matches("ingest: 1 of 1 done in \\d+\\.\\d s"),
                        l -> assertThat(l).matches("analyze: 1 of 1 done in \\d+\\.\\d s"),
                        l -> assertThat(l).matches("compose: 1 of 1 done in \\d+\\.\\d s"));
    }

    @Test
    void quiet_shows_no_progress() throws IOException {
        String good = article("good.txt", "Bridge closed", "The bridge closed on Monday.");

        assertThat(run("brief", "--quiet", good)).isEqualTo(0);

        assertThat(errLines()).containsExactly("1 article briefed in 1 story, 0 inputs skipped");
    }

    @Test
    void prints_its_version_and_help_with_examples() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).startsWith("storyline 0.1.0-SNAPSHOT");

        assertThat(run("brief", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: storyline brief", "Examples:", "--manifest", "Exit codes:");
    }
}
