package org.storyline.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityRecordTest {
    private static final MachineInfo MACHINE = new MachineInfo("Test CPU", 2, 7.5, "Java 17", "Linux");

    private static TaskRun run(String task, double f1) {
        return new TaskRun(
                task,
                "./storyline eval " + task,
                "2026-11-23T01:02:03Z",
                12.34,
                3.456,
                Map.of("storyline", Map.of("f1", f1)),
                Optional.empty());
    }

    @Test
    void writes_results_in_report_order_and_reads_them_back(@TempDir Path dir) throws Exception {
        QualityRecord record =
                QualityRecord.empty().with(run("time", 0.1234567), MACHINE).with(run("extraction", 0.9), MACHINE);
        record.write(dir);

        assertThat(Files.readString(dir.resolve("quality.json")).replaceAll("\\s", ""))
                .isEqualTo("{\"extraction\":{\"storyline\":{\"f1\":0.9}},\"time\":{\"storyline\":{\"f1\":0.123457}}}");
        QualityRecord read = QualityRecord.read(dir);
        assertThat(read.tasks()).containsExactly("extraction", "time");
        assertThat(read.machine()).contains(MACHINE);
        TaskRun time = read.runs().get("time");
        assertThat(time.command()).isEqualTo("./storyline eval time");
        assertThat(time.seconds()).isEqualTo(12.3);
        assertThat(time.loadAverage()).isEqualTo(3.46);
    }

    @Test
    void a_new_run_replaces_its_task_and_a_failed_one_changes_nothing() {
        QualityRecord record =
                QualityRecord.empty().with(run("time", 0.5), MACHINE).with(run("time", 0.6), MACHINE);
        assertThat(record.results()).isEqualTo(Map.of("time", Map.of("storyline", Map.of("f1", 0.6))));
        TaskRun failed = new TaskRun("time", "c", "t", 1, 1, Map.of(), Optional.of("exit 1"));
        assertThat(record.with(failed, MACHINE).results()).isEqualTo(record.results());
    }

    @Test
    void a_folder_without_results_is_an_empty_record(@TempDir Path dir) {
        assertThat(QualityRecord.read(dir).runs()).isEmpty();
    }
}
