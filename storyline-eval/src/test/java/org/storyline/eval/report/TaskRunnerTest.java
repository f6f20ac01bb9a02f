package org.storyline.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRunnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T05:06:07.5Z"), ZoneOffset.UTC);

    @Test
    void runs_the_subcommand_in_process_and_reads_its_scores(@TempDir Path root) throws IOException {
        Path data = root.resolve("bench");
        Files.createDirectories(data.resolve("html"));
        Files.createDirectories(data.resolve("reference-outputs"));
        Files.writeString(
                data.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"a b c d e\", \"url\": \"u\"}}");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(data.resolve("html/p1.html.gz")))) {
            gz.write("<html><body><p>a b c d e</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(data.resolve("reference-outputs/half.json"), "{\"p1\": {\"articleBody\": \"a b c d\"}}");
        ReportTask task =
                new ReportTask("extraction", "extraction", "bench", List.of("--reference"), "t", List.of("f1"));

        TaskRun run = new TaskRunner(root.toString(), CLOCK).run(task);

        assertThat(run.failure()).isEmpty();
        assertThat(run.command()).isEqualTo("./storyline eval extraction --data " + root + "/bench --reference --json");
        assertThat(run.startedAt()).isEqualTo("2026-11-23T05:06:07Z");
        assertThat(run.systems())
                .isEqualTo(Map.of("half", Map.of("f1", 0.666667, "precision", 1.0, "recall", 0.5, "accuracy", 0.0)));
    }

    @Test
    void a_task_without_its_data_fails_with_the_first_error_line(@TempDir Path root) {
        ReportTask task = new ReportTask("time", "time", "missing", List.of(), "t", List.of());
        TaskRun run = new TaskRunner(root.toString(), CLOCK).run(task);
        assertThat(run.succeeded()).isFalse();
        assertThat(run.failure().orElseThrow()).startsWith("exit 2: eval time: ");
        assertThat(run.systems()).isEmpty();
    }

    @Test
    void reads_systems_and_rejects_json_without_them() throws IOException {
        assertThat(TaskRunner.systems("{\"task\":\"x\",\"systems\":{\"a\":{\"f1\":0.5},\"b\":{}}}"))
                .isEqualTo(Map.of("a", Map.of("f1", 0.5), "b", Map.of()));
        assertThatThrownBy(() -> TaskRunner.systems("{\"task\":\"x\"}"))
                .hasMessage("expected an object \"systems\", found MISSING");
    }
}
