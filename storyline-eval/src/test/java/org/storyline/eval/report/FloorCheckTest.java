package org.storyline.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FloorCheckTest {
    private static final MachineInfo MACHINE = new MachineInfo("cpu", 2, 8, "java", "os");

    private static TaskRun run(String task, Map<String, Map<String, Double>> systems) {
        return new TaskRun(task, "cmd", "2026-11-23T00:00:00Z", 1, 1, systems, Optional.empty());
    }

    private static QualityRecord baseline() {
        return QualityRecord.empty()
                .with(
                        run(
                                "time",
                                Map.of(
                                        "storyline",
                                        Map.of("value_f1", 0.85, "strict_f1", 0.80, "docs_per_s", 40.0),
                                        "sutime",
                                        Map.of("value_f1", 0.6))),
                        MACHINE);
    }

    @Test
    void passes_small_drops_and_rises_and_fails_bigger_drops() {
        TaskRun now = run("time", Map.of("storyline", Map.of("value_f1", 0.841, "strict_f1", 0.95, "docs_per_s", 1.0)));
        List<FloorCheck.Row> rows = new FloorCheck(0.01).compare(baseline(), List.of(now));
        assertThat(rows)
                .extracting(FloorCheck.Row::metric, FloorCheck.Row::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("value_f1", FloorCheck.Status.OK),
                        org.assertj.core.groups.Tuple.tuple("strict_f1", FloorCheck.Status.OK));

        TaskRun worse = run("time", Map.of("storyline", Map.of("value_f1", 0.839, "strict_f1", 0.80)));
        assertThat(new FloorCheck(0.01).compare(baseline(), List.of(worse)))
                .filteredOn(FloorCheck.Row::fails)
                .extracting(FloorCheck.Row::metric)
                .containsExactly("value_f1");
    }

    @Test
    void a_failed_task_misses_every_recorded_score_and_an_unrecorded_task_is_only_reported() {
        TaskRun failed = new TaskRun("time", "cmd", "t", 1, 1, Map.of(), Optional.of("exit 2: no data"));
        TaskRun fresh = run("figures", Map.of("storyline", Map.of("value_f1", 0.9)));
        List<FloorCheck.Row> rows = new FloorCheck(0.01).compare(baseline(), List.of(failed, fresh));
        assertThat(rows)
                .extracting(FloorCheck.Row::status)
                .containsExactlyInAnyOrder(
                        FloorCheck.Status.MISSING, FloorCheck.Status.MISSING, FloorCheck.Status.NOT_RECORDED);
        assertThat(rows).filteredOn(FloorCheck.Row::fails).hasSize(2);
    }

    @Test
    void prints_recorded_now_and_change() {
        TaskRun now = run("time", Map.of("storyline", Map.of("value_f1", 0.8, "strict_f1", 0.8)));
        String table = FloorCheck.table(new FloorCheck(0.01).compare(baseline(), List.of(now)));
        assertThat(table)
                .contains("time             value_f1                      0.8500    0.8000   -0.0500  DROPPED");
    }

    @Test
    void only_scores_are_compared() {
        assertThat(FloorCheck.isScore("f1", 0.5)).isTrue();
        assertThat(FloorCheck.isScore("pages_per_s", 0.5)).isFalse();
        assertThat(FloorCheck.isScore("timelines", 19)).isFalse();
    }
}
